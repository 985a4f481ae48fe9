/**
 * Who may see and use a partnership page: a signed-in account whose VERIFIED email is the
 * email of one of the partnership's member applications, current or former (decision 0003:
 * anyone can sign up with a librarian's address, so the address must be proved, and the
 * check reads the database, not the session). Everyone else gets nothing: not_found.
 */
import { provedEmail } from "../accounts/proved-email.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import { partnersOf } from "../matching/match-emails.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { ReadRepositories } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { PartnershipWithMembers } from "./partnership-page-ports.ts";

export interface Membership {
  partnership: PartnershipWithMembers;
  /** The reader's own application in the partnership. */
  self: ApplicationRecord;
  /** Every member's application, the reader's included. */
  applications: ApplicationRecord[];
  round: RoundRecord;
  programme: ProgrammeRecord;
  /** The partnership is active and the reader has not left it: they may still act on it. */
  current: boolean;
}

export async function findMembership(
  repositories: ReadRepositories,
  actor: Actor | null,
  partnershipId: string,
): Promise<Membership | undefined> {
  const email = await provedEmail(repositories, actor);
  if (!email) return undefined;
  const partnership = await repositories.partnershipPages.findPartnershipWithMembers(partnershipId);
  if (!partnership) return undefined;
  const applications = await repositories.applications.findByIds(
    partnership.members.map((m) => m.applicationId),
  );
  const self = applications.find((a) => a.email.toLowerCase() === email);
  if (!self) return undefined;
  const round = await repositories.rounds.findById(partnership.roundId);
  const programme = round && (await repositories.programmes.findById(round.programmeId));
  if (!round || !programme) return undefined;
  const selfMember = partnership.members.find((m) => m.applicationId === self.id);
  return {
    partnership,
    self,
    applications,
    round,
    programme,
    current: partnership.status === "active" && !selfMember?.leftAt,
  };
}

/** The other members the reader is introduced to (a mentee sees the mentor, not the other mentees). */
export function partnerApplications(membership: Membership): ApplicationRecord[] {
  const { partnership, applications, self } = membership;
  // partnersOf expects a mentorship's mentor first.
  const ids = [...partnership.members]
    .sort((a, b) => Number(b.role === "mentor") - Number(a.role === "mentor"))
    .map((m) => m.applicationId);
  return partnersOf(ids, partnership.kind, self.id).flatMap((id) =>
    applications.filter((a) => a.id === id),
  );
}
