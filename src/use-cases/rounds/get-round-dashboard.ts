import { silentSinceAtLatest } from "../../domain/partnerships/silence.ts";
import { meetingsPerWeek, type WeekCount } from "../../domain/rounds/round-life.ts";
import { isTimeZone } from "../../domain/vocabulary/time-zones.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "./find-facilitated-round.ts";
import type { AgreementCounts, PartnershipCounts, RoundLifeFacts } from "./round-life-ports.ts";

/** The answers to one check-in (1 = the first) across the round's partnerships. */
export interface CheckInTally {
  sequence: number;
  inTouch: number;
  notYet: number;
  problem: number;
  unanswered: number;
}

export interface RoundDashboard {
  round: RoundLifeFacts;
  programme: Pick<ProgrammeRecord, "id" | "name">;
  partnerships: PartnershipCounts;
  /** Held meetings per week since the start, weeks in the reader's time zone. */
  meetingsPerWeek: WeekCount[];
  timeZone: string;
  checkIns: CheckInTally[];
  agreements: AgreementCounts;
}

const ANSWER_FIELDS: Record<string, keyof Omit<CheckInTally, "sequence">> = {
  in_touch: "inTouch",
  not_yet: "notYet",
  problem: "problem",
};

/**
 * A round's life at a glance, for its facilitators: active, silent, dissolved and ended
 * partnerships, meetings per week, check-in answers and confirmed agreements.
 */
export async function getRoundDashboard(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { roundId: string; timeZone: string },
): Promise<Result<RoundDashboard>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const { roundLife } = repositories;
  const facts = await roundLife.findRoundFacts(found.round.id);
  if (!facts) return fail({ code: "not_found" });
  const timeZone = isTimeZone(input.timeZone) ? input.timeZone : "UTC";
  const now = deps.clock.now();
  const [partnerships, meetingDays, answers, agreements] = await Promise.all([
    // Silent by the rule the follow-up job nudges by (src/domain/partnerships/silence.ts).
    roundLife.countPartnerships(facts.id, silentSinceAtLatest(now, facts.nudgeAfterDays)),
    roundLife.countMeetingsByDay(facts.id, timeZone),
    roundLife.countCheckInAnswers(facts.id),
    roundLife.countAgreements(facts.id),
  ]);
  const until = now.getTime() < facts.endsAt.getTime() ? now : facts.endsAt;
  const checkIns = new Map<number, CheckInTally>();
  for (const { sequence, answer, count } of answers) {
    const tally = checkIns.get(sequence) ?? {
      sequence,
      inTouch: 0,
      notYet: 0,
      problem: 0,
      unanswered: 0,
    };
    tally[(answer && ANSWER_FIELDS[answer]) || "unanswered"] += count;
    checkIns.set(sequence, tally);
  }
  return ok({
    round: facts,
    programme: { id: found.programme.id, name: found.programme.name },
    partnerships,
    meetingsPerWeek: meetingsPerWeek(meetingDays, facts, until, timeZone),
    timeZone,
    checkIns: [...checkIns.values()].sort((a, b) => a.sequence - b.sequence),
    agreements,
  });
}
