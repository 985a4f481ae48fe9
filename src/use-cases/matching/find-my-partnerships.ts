/**
 * "Your partner": the published partnerships of the signed-in person, found through
 * applications with their (verified) email. Each shows only the other members of that
 * person's own partnership, with the hours in common on the reader's clock.
 */
import { roundTextsFor } from "../../domain/rounds/round-texts.ts";
import type { UseCaseDeps } from "../ports.ts";
import { describePartner, partnersOf, type IntroducedPartner } from "./match-emails.ts";

export interface MyPartnership {
  partnershipId: string;
  kind: string;
  roundName: string;
  programmeName: string;
  agreement: string;
  startsAt: Date;
  timeZone: string;
  partners: IntroducedPartner[];
}

export async function findMyPartnerships(
  deps: Pick<UseCaseDeps, "uow">,
  viewer: { email: string; emailVerified: boolean },
  readerTimeZone: string | null,
): Promise<MyPartnership[]> {
  // An unverified address could belong to someone else: partners' contact details stay hidden.
  if (!viewer.emailVerified) return [];
  const repositories = deps.uow.read;
  const found = await repositories.partnerships.listForEmail(viewer.email);
  // Everyone in all of the viewer's partnerships in one query.
  const everyone = await repositories.applications.findByIds(
    found.flatMap(({ members }) => members.map((m) => m.applicationId)),
  );
  const applicationById = new Map(everyone.map((a) => [a.id, a]));
  const mine: MyPartnership[] = [];
  for (const { partnership, members } of found) {
    const applications = members.map((m) => applicationById.get(m.applicationId));
    const self = applications.find((a) => a?.email === viewer.email.toLowerCase());
    const round = self && (await repositories.rounds.findById(partnership.roundId));
    const programme = round && (await repositories.programmes.findById(round.programmeId));
    if (!self || !round || !programme) continue;
    const timeZone = readerTimeZone ?? self.timeZone;
    // partnersOf expects a mentorship's mentor first.
    const ids = [...members]
      .sort((a, b) => Number(b.role === "mentor") - Number(a.role === "mentor"))
      .map((m) => m.applicationId);
    mine.push({
      partnershipId: partnership.id,
      kind: partnership.kind,
      roundName: round.name,
      programmeName: programme.name,
      // In the language they applied in, as their introduction quoted it.
      agreement: roundTextsFor(
        round,
        await repositories.rounds.listTranslations(round.id),
        self.locale,
      ).rulesMarkdown,
      startsAt: round.startsAt,
      timeZone,
      partners: partnersOf(ids, partnership.kind, self.id).flatMap((id) => {
        const partner = applications.find((a) => a?.id === id);
        return partner ? [describePartner(self, partner, round.startsAt, timeZone)] : [];
      }),
    });
  }
  return mine;
}
