import type { ReadRepositories } from "../ports.ts";

/** How many public rounds are looked through for open mentoring ones. */
const ROUNDS_LOOKED_AT = 50;

export interface OpenMentoringRound {
  id: string;
  name: string;
  programmeName: string;
  programmeSlug: string;
  slug: string;
  applicationsCloseAt: Date;
}

/** Rounds in mentor mode taking applications now, the soonest to close first. */
export async function openMentoringRounds(
  repositories: ReadRepositories,
  now: Date,
): Promise<OpenMentoringRound[]> {
  const rounds = await repositories.rounds.listPublic(now, ROUNDS_LOOKED_AT);
  return rounds
    .filter(
      (r) =>
        r.mode === "mentor" &&
        r.status === "open" &&
        r.applicationsOpenAt <= now &&
        r.applicationsCloseAt > now,
    )
    .map((r) => ({
      id: r.id,
      name: r.name,
      programmeName: r.programmeName,
      programmeSlug: r.programmeSlug,
      slug: r.slug,
      applicationsCloseAt: r.applicationsCloseAt,
    }));
}
