/**
 * The five sections of the facilitator's day (issue 12) and whose rounds they cover: an
 * administrator's day covers every programme, a facilitator's the programmes they
 * facilitate; anyone else has no such page.
 */
import { agreementOverdueCutoff, SESSIONS_AHEAD_DAYS } from "../../domain/rounds/round-life.ts";
import type { Page } from "../page.ts";
import type { ReadRepositories } from "../ports.ts";
import type { Actor } from "../result.ts";
import type {
  FacilitatorScope,
  FollowUpItem,
  OverdueAgreementItem,
  Paging,
  TroubledEmailItem,
  UpcomingSessionItem,
} from "./round-life-ports.ts";

export const DAY_SECTIONS = ["problems", "followUps", "agreements", "sessions", "emails"] as const;
export type DaySection = (typeof DAY_SECTIONS)[number];

export function isDaySection(value: string): value is DaySection {
  return (DAY_SECTIONS as readonly string[]).includes(value);
}

export interface DaySectionItems {
  problems: FollowUpItem;
  followUps: FollowUpItem;
  agreements: OverdueAgreementItem;
  sessions: UpcomingSessionItem;
  emails: TroubledEmailItem;
}

export type DaySectionPage = {
  [S in DaySection]: { section: S; page: Page<DaySectionItems[S]> };
}[DaySection];

/** Whose rounds the actor's day covers, or undefined when they facilitate nothing. */
export async function facilitatorScope(
  repositories: ReadRepositories,
  actor: Actor | null,
): Promise<FacilitatorScope | undefined> {
  if (!actor) return undefined;
  if (actor.role === "admin") return { all: true };
  const programmes = await repositories.programmes.listFacilitatedBy(actor.userId);
  // The ids themselves, read once: each section filters by them (a plan the database gets
  // right, unlike a sub-select it re-plans in every section).
  return programmes.length > 0
    ? { all: false, programmeIds: programmes.map((p) => p.id) }
    : undefined;
}

const DAY_MS = 86_400_000;

/** One page of one section, as of `now`. */
export async function listDaySection(
  repositories: ReadRepositories,
  scope: FacilitatorScope,
  section: DaySection,
  now: Date,
  page: Paging,
): Promise<DaySectionPage> {
  const { roundLife } = repositories;
  switch (section) {
    case "problems":
      return { section, page: await roundLife.listOpenFollowUps(scope, "problem", page) };
    case "followUps":
      return { section, page: await roundLife.listOpenFollowUps(scope, "silent", page) };
    case "agreements":
      return {
        section,
        page: await roundLife.listOverdueAgreements(scope, agreementOverdueCutoff(now), page),
      };
    case "sessions":
      return {
        section,
        page: await roundLife.listUpcomingSessions(
          scope,
          { from: now, to: new Date(now.getTime() + SESSIONS_AHEAD_DAYS * DAY_MS) },
          page,
        ),
      };
    case "emails":
      return { section, page: await roundLife.listTroubledEmails(scope, page) };
  }
}
