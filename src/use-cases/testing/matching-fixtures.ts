/**
 * Rounds full of accepted applicants for the matching tests and measurements, built
 * through the use cases and repositories (no database import: any UnitOfWork will do).
 */
import type { ApplicationProfile } from "../../domain/applications/application-profile.ts";
import type { ApplicationStatus } from "../../domain/applications/application-status.ts";
import { changeRoundStatus } from "../rounds/change-round-status.ts";
import { createProgramme } from "../programmes/create-programme.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { Actor } from "../result.ts";
import { saveRound } from "../rounds/save-round.ts";

export interface PersonSpec {
  email: string;
  name?: string;
  country: string;
  timeZone?: string;
  interests?: string[];
  languages?: ApplicationProfile["languages"];
  sector?: ApplicationProfile["sector"];
  availability?: string[];
  locale?: string;
  status?: ApplicationStatus;
  goals?: string;
  role?: ApplicationProfile["role"];
  mentorCapacity?: number;
  experienceYears?: number;
}

export function fixtureProfile(spec: PersonSpec): ApplicationProfile {
  return {
    name: spec.name ?? spec.email.split("@")[0]!,
    email: spec.email,
    country: spec.country,
    city: "",
    languages: spec.languages ?? [{ code: "en", level: "C1" }],
    timeZone: spec.timeZone ?? "UTC",
    library: `${spec.email} library`,
    sector: spec.sector ?? "public",
    solo: false,
    jobTitle: "Librarian",
    careerStage: "mid",
    experienceYears: spec.experienceYears ?? 8,
    interests: spec.interests ?? ["makerspaces"],
    otherInterests: "",
    goals: spec.goals ?? "",
    matchBy: "interests",
    partnerSector: "any",
    meetingFormats: ["online"],
    availability: spec.availability ?? ["tue-14"],
    role: spec.role ?? "peer",
    mentorCapacity: spec.mentorCapacity ?? null,
  };
}

export async function createClosedRound(
  deps: UseCaseDeps,
  actor: Actor,
  options: {
    programmeId?: string;
    startsAt?: Date;
    rulesMarkdown?: string;
    mode?: "peer" | "mentor";
  } = {},
): Promise<RoundRecord> {
  let programmeId = options.programmeId;
  if (!programmeId) {
    const programme = await createProgramme(deps, actor, {
      name: `Programme ${deps.ids.newId().slice(0, 8)}`,
      defaultLanguage: "en",
    });
    if (!programme.ok) throw new Error(JSON.stringify(programme.error));
    programmeId = programme.value.id;
  }
  const startsAt = options.startsAt ?? new Date("2027-02-10T00:00:00Z");
  const day = 86_400_000;
  const saved = await saveRound(deps, actor, {
    programmeId,
    round: {
      name: `Round ${startsAt.toISOString().slice(0, 10)}`,
      theme: "",
      mode: options.mode ?? "peer",
      applicationsOpenAt: new Date(startsAt.getTime() - 40 * day),
      applicationsCloseAt: new Date(startsAt.getTime() - 10 * day),
      matchingAt: new Date(startsAt.getTime() - 7 * day),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 120 * day),
      rulesMarkdown: options.rulesMarkdown ?? "We meet once a month.",
      countryCapPercent: null,
      allowTriads: false,
      groupSize: null,
    },
    questions: [],
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  for (const status of ["open", "closed"]) {
    const changed = await changeRoundStatus(deps, actor, {
      roundId: saved.value.id,
      status,
      closeEarlyConfirmed: true,
    });
    if (!changed.ok) throw new Error(JSON.stringify(changed.error));
  }
  return (await deps.uow.read.rounds.findById(saved.value.id))!;
}

export async function addApplicants(
  deps: UseCaseDeps,
  round: RoundRecord,
  people: readonly PersonSpec[],
): Promise<ApplicationRecord[]> {
  const now = deps.clock.now();
  const records = people.map((spec): ApplicationRecord => ({
    ...fixtureProfile(spec),
    id: deps.ids.newId(),
    roundId: round.id,
    userId: null,
    status: spec.status ?? "accepted",
    waitlistReason: null,
    decisionMessage: null,
    source: "import",
    locale: spec.locale ?? "en",
    customAnswers: {},
    consentAt: now,
    createdAt: now,
    updatedAt: now,
    withdrawnAt: null,
  }));
  await deps.uow.transaction((r) =>
    r.applications.insertMany(
      records.map((record) => ({
        record,
        manageTokenHash: deps.ids.hashSecret(deps.ids.newSecret()),
      })),
    ),
  );
  return records;
}
