import { expect, type Page } from "@playwright/test";
import { fillApplication } from "./application-form.ts";
import { emailsTo, type ReceivedEmail } from "./mailbox.ts";

/** The columns of an applications import file, as the import page documents them. */
export const APPLICANTS_CSV_HEADER =
  "name,email,country,languages,timezone,library,sector,career_stage,experience_years,interests,match_by,partner_sector,formats,availability";

/** A CSV of peers from different countries, all free on Tuesday afternoons (UTC). */
export function applicantsCsv(stamp: number, countries: readonly string[]): string {
  const rows = countries.map((country, i) =>
    [
      `Peer ${i + 1} ${country}`,
      `peer-${stamp}-${i + 1}@example.org`,
      country,
      "en:C1",
      "UTC",
      `Library ${i + 1}`,
      i % 2 ? "academic" : "public",
      "mid",
      "7",
      i % 2 ? "makerspaces;copyright" : "makerspaces;children-services",
      "interests",
      "any",
      "online",
      "tue-14;thu-10",
    ].join(","),
  );
  return [APPLICANTS_CSV_HEADER, ...rows].join("\r\n");
}

export interface MentoringApplicant {
  name: string;
  email: string;
  country: string;
  role: "mentor" | "mentee";
  /** Mentors only: how many mentees they take. */
  capacity?: number;
}

/**
 * A CSV of a mentoring round, all speaking English and free on Tuesday afternoons (UTC):
 * mentors with 20 years of experience, mentees with 2, well past the engine's default gap.
 */
export function mentoringCsv(people: readonly MentoringApplicant[]): string {
  const rows = people.map((person, i) =>
    [
      person.name,
      person.email,
      person.country,
      "en:C1",
      "UTC",
      `Library ${i + 1}`,
      i % 2 ? "academic" : "public",
      person.role === "mentor" ? "senior" : "early",
      person.role === "mentor" ? "20" : "2",
      "makerspaces;children-services",
      "interests",
      "any",
      "online",
      "tue-14;thu-10",
      person.role,
      person.capacity ?? "",
    ].join(","),
  );
  return [`${APPLICANTS_CSV_HEADER},role,capacity`, ...rows].join("\r\n");
}

/** The public application form, filled in English with a Spanish-speaking librarian's answers. */
export async function fillSpanishApplication(
  page: Page,
  name: string,
  email: string,
): Promise<void> {
  await fillApplication(page, {
    name,
    email,
    country: "ES",
    timeZone: "Europe/Madrid",
    language: "es",
    level: "native",
    city: "Salamanca",
    library: "Biblioteca Pública de Salamanca",
    partnerSector: "any",
    availability: ["tue-14", "thu-10"],
  });
}

/** Waits for an email to `address` whose subject matches. */
export async function waitForEmailWith(address: string, subject: RegExp): Promise<ReceivedEmail> {
  await expect
    .poll(() => emailsTo(address).some((m) => subject.test(m.subject)), { timeout: 20_000 })
    .toBe(true);
  return emailsTo(address).find((m) => subject.test(m.subject))!;
}
