/**
 * What the demo's networks, events and news (issue 14) are loaded with: the demo's
 * accounts, the members who take part, and the networks once created. Each feature loads
 * its part in its own file (demo-networks.ts, demo-events.ts, demo-news.ts), through use
 * cases, in that order; load-demo.ts calls them.
 */
export interface DemoCommunity {
  now: Date;
  adminId: string;
  facilitatorId: string;
  /** The demo participant (participant@shelfmates.localhost). */
  participantId: string;
  /** Demo members with verified accounts (created by demo-networks.ts), ids in a fixed order. */
  memberIds: string[];
  /** The demo networks by slug, once demo-networks.ts has created them. */
  networkIds: Map<string, string>;
  /** The peer programme (international-peer-mentoring): its events and news. */
  peerProgrammeId: string;
}
