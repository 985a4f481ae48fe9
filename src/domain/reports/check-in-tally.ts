/** Check-in answers counted per check-in number (1 = the first), and over the whole round. */

export interface CheckInTally {
  sequence: number;
  inTouch: number;
  notYet: number;
  problem: number;
  unanswered: number;
}

export type CheckInTotals = Omit<CheckInTally, "sequence">;

const FIELDS: Record<string, keyof CheckInTotals> = {
  in_touch: "inTouch",
  not_yet: "notYet",
  problem: "problem",
};

export function tallyCheckIns(
  rows: readonly { sequence: number; answer: string | null; count: number }[],
): { bySequence: CheckInTally[]; totals: CheckInTotals } {
  const bySequence = new Map<number, CheckInTally>();
  const totals: CheckInTotals = { inTouch: 0, notYet: 0, problem: 0, unanswered: 0 };
  for (const { sequence, answer, count } of rows) {
    const tally = bySequence.get(sequence) ?? {
      sequence,
      inTouch: 0,
      notYet: 0,
      problem: 0,
      unanswered: 0,
    };
    const field = (answer && FIELDS[answer]) || "unanswered";
    tally[field] += count;
    totals[field] += count;
    bySequence.set(sequence, tally);
  }
  return { bySequence: [...bySequence.values()].sort((a, b) => a.sequence - b.sequence), totals };
}
