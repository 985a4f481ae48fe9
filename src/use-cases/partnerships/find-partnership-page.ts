/**
 * A participant's partnership page: the partners and how to reach them, the round's
 * agreement and who confirmed it, the topics sent so far, the next times both are free and
 * the meeting log. Private notes reach only the member who wrote them.
 */
import { roundTextsFor } from "../../domain/rounds/round-texts.ts";
import {
  meetingStatus,
  type MeetingFormat,
  type MeetingPlace,
  type MeetingStatus,
} from "../../domain/partnerships/meeting-input.ts";
import {
  suggestMeetingTimes,
  type MeetingTimeSuggestion,
} from "../../domain/partnerships/meeting-times.ts";
import { describePartner, type IntroducedPartner } from "../matching/match-emails.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findMembership, partnerApplications } from "./partnership-membership.ts";

export const MEETINGS_PER_PAGE = 10;

export interface MeetingView {
  id: string;
  status: MeetingStatus;
  startsAt: Date;
  durationMinutes: number;
  place: MeetingPlace;
  format: MeetingFormat;
  sharedNote: string;
  /** The reader's own private note; null on a partner's meeting. */
  privateNote: string | null;
  loggedByName: string;
  mine: boolean;
}

export interface PartnershipPage {
  partnershipId: string;
  kind: string;
  /** active | dissolved | ended */
  status: string;
  closedAt: Date | null;
  /** The reader may still confirm and log meetings. */
  current: boolean;
  roundId: string;
  roundName: string;
  programmeName: string;
  /** Where to write to the facilitators ("" when the programme gave none). */
  facilitatorsEmail: string;
  roundStartsAt: Date;
  roundEndsAt: Date;
  /** The reader's zone (from their application): every time on the page is on this clock. */
  timeZone: string;
  selfName: string;
  partners: IntroducedPartner[];
  agreement: {
    markdown: string;
    members: { name: string; self: boolean; confirmedAt: Date | null }[];
  };
  topics: { week: number; sentAt: Date; title: string; promptMarkdown: string; locale: string }[];
  suggestions: { partnerName: string; times: MeetingTimeSuggestion[] }[];
  meetings: Page<MeetingView>;
}

export async function findPartnershipPage(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { partnershipId: string; locale: string; page: number },
): Promise<Result<PartnershipPage>> {
  const repositories = deps.uow.read;
  const membership = await findMembership(repositories, actor, input.partnershipId);
  if (!membership) return fail({ code: "not_found" });
  const { partnership, self, applications, round, programme } = membership;
  const now = deps.clock.now();
  const partners = partnerApplications(membership);
  const nameOf = (applicationId: string) =>
    applications.find((a) => a.id === applicationId)?.name ?? "";

  const confirmations = await repositories.partnershipPages.listAgreementConfirmations(
    partnership.id,
  );
  const confirmedAt = new Map(confirmations.map((c) => [c.applicationId, c.confirmedAt]));
  const agreementMembers = [self, ...partners].map((a) => ({
    name: a.name,
    self: a.id === self.id,
    confirmedAt: confirmedAt.get(a.id) ?? null,
  }));

  // The reader's language, else the programme's, else whatever the topic was written in.
  const preference = [input.locale, programme.defaultLanguage];
  const topics = (await repositories.partnershipPages.listSentTopics(partnership.id)).flatMap(
    (sent) => {
      const translation =
        preference
          .map((locale) => sent.translations.find((t) => t.locale === locale))
          .find(Boolean) ?? sent.translations[0];
      return translation ? [{ week: sent.week, sentAt: sent.sentAt, ...translation }] : [];
    },
  );

  const page = Math.max(1, input.page);
  const meetings = await repositories.partnershipPages.listMeetings(partnership.id, {
    offset: (page - 1) * MEETINGS_PER_PAGE,
    limit: MEETINGS_PER_PAGE,
  });

  return ok({
    partnershipId: partnership.id,
    kind: partnership.kind,
    status: partnership.status,
    closedAt: partnership.closedAt,
    current: membership.current,
    roundId: round.id,
    roundName: round.name,
    programmeName: programme.name,
    facilitatorsEmail: programme.contactEmail,
    roundStartsAt: round.startsAt,
    roundEndsAt: round.endsAt,
    timeZone: self.timeZone,
    selfName: self.name,
    partners: partners.map((p) => describePartner(self, p, now, self.timeZone)),
    // The agreement the introduction quoted: in the reader's language when it was written in it.
    agreement: {
      markdown: roundTextsFor(
        round,
        await repositories.rounds.listTranslations(round.id),
        input.locale,
      ).rulesMarkdown,
      members: agreementMembers,
    },
    topics,
    suggestions: membership.current
      ? partners.map((p) => ({
          partnerName: p.name,
          times: suggestMeetingTimes(self, p, self.timeZone, now),
        }))
      : [],
    meetings: {
      total: meetings.total,
      items: meetings.items.map((m) => ({
        id: m.id,
        status: meetingStatus(m.startsAt, now),
        startsAt: m.startsAt,
        durationMinutes: m.durationMinutes,
        place: m.place,
        format: m.format,
        sharedNote: m.sharedNote,
        privateNote: m.loggedBy === self.id ? m.privateNote : null,
        loggedByName: nameOf(m.loggedBy),
        mine: m.loggedBy === self.id,
      })),
    },
  });
}
