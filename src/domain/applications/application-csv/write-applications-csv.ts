/**
 * Applications back to the CSV format that parseApplicationsCsv reads, so an export can be
 * edited in a spreadsheet and imported again unchanged.
 */
import type { ApplicationProfile } from "../application-profile.ts";
import { KNOWN_COLUMNS, type KnownColumn } from "./csv-columns.ts";
import { formatCsvRecord, type WriteCsvOptions } from "./write-csv.ts";

export interface ApplicationToWrite {
  profile: ApplicationProfile;
  customAnswers?: Record<string, string>;
}

export function writeApplicationsCsv(
  applications: readonly ApplicationToWrite[],
  options: WriteCsvOptions = {},
): string {
  const customColumns = [
    ...new Set(applications.flatMap((a) => Object.keys(a.customAnswers ?? {}))),
  ];
  let text = applicationsCsvHeader(customColumns, options);
  for (const application of applications)
    text += applicationsCsvRecord(application, customColumns, options);
  return text;
}

/** The header record: the profile's columns, then the custom ones in the order given. */
export function applicationsCsvHeader(
  customColumns: readonly string[],
  options: WriteCsvOptions = {},
): string {
  return formatCsvRecord([...KNOWN_COLUMNS, ...customColumns], options);
}

/** One application's record under applicationsCsvHeader(customColumns). */
export function applicationsCsvRecord(
  { profile, customAnswers = {} }: ApplicationToWrite,
  customColumns: readonly string[],
  options: WriteCsvOptions = {},
): string {
  return formatCsvRecord(
    [
      ...KNOWN_COLUMNS.map((column) => cellOf(profile, column)),
      ...customColumns.map((column) => customAnswers[column] ?? ""),
    ],
    options,
  );
}

function cellOf(p: ApplicationProfile, column: KnownColumn): string {
  switch (column) {
    case "name":
      return p.name;
    case "email":
      return p.email;
    case "country":
      return p.country;
    case "city":
      return p.city;
    case "languages":
      return p.languages.map((l) => `${l.code}:${l.level}`).join(";");
    case "timezone":
      return p.timeZone;
    case "library":
      return p.library;
    case "sector":
      return p.sector;
    case "solo":
      return p.solo ? "yes" : "no";
    case "job_title":
      return p.jobTitle;
    case "career_stage":
      return p.careerStage;
    case "experience_years":
      return String(p.experienceYears);
    case "interests":
      return p.interests.join(";");
    case "other_interests":
      return p.otherInterests;
    case "goals":
      return p.goals;
    case "match_by":
      return p.matchBy;
    case "partner_sector":
      return p.partnerSector;
    case "formats":
      return p.meetingFormats.join(";");
    case "availability":
      return p.availability.join(";");
    case "role":
      return p.role;
    case "capacity":
      return p.mentorCapacity === null ? "" : String(p.mentorCapacity);
  }
}
