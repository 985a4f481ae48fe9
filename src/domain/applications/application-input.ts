import { z } from "zod";
import { isCountryCode } from "../vocabulary/countries.ts";
import { canonicalLanguageCode, isLanguageCode } from "../vocabulary/languages.ts";
import { isTimeZone } from "../vocabulary/time-zones.ts";
import {
  AVAILABILITY_BLOCKS,
  CAREER_STAGES,
  INTERESTS,
  LANGUAGE_LEVELS,
  MATCH_BY,
  MEETING_FORMATS,
  PARTICIPANT_ROLES,
  PARTNER_SECTOR,
  SECTORS,
} from "../vocabulary/vocabulary.ts";
import type { RoundMode } from "../rounds/round-modes.ts";

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: "errors.invalidChoice" });

/** The longest answer each text field takes; the form shows it (maxlength and a count). */
export const TEXT_LIMITS = {
  name: 200,
  email: 254,
  city: 120,
  library: 200,
  jobTitle: 120,
  otherInterests: 1000,
  goals: 2000,
} as const;

// Email: a practical check (one @, a dot in the domain, no spaces); the confirmation email proves it.
const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: "errors.required" })
  .max(TEXT_LIMITS.email)
  .regex(/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/u, { message: "errors.email" });

export const MAX_LANGUAGES = 8;

/** The application form's profile part, shared by the online form and the edit page. */
export function applicationProfileSchema(mode: RoundMode) {
  return z
    .object({
      name: z.string().trim().min(1).max(TEXT_LIMITS.name),
      email: emailSchema,
      country: z.string().trim().toUpperCase().refine(isCountryCode, { message: "errors.country" }),
      city: z.string().trim().max(TEXT_LIMITS.city).default(""),
      languages: z
        .array(
          z.object({
            code: z
              .string()
              .transform(canonicalLanguageCode)
              .refine(isLanguageCode, { message: "errors.language" }),
            level: choice(LANGUAGE_LEVELS),
          }),
        )
        .min(1, { message: "errors.languagesRequired" })
        .max(MAX_LANGUAGES)
        .refine((langs) => new Set(langs.map((l) => l.code)).size === langs.length, {
          message: "errors.languageTwice",
        }),
      timeZone: z.string().trim().refine(isTimeZone, { message: "errors.timeZone" }),
      library: z.string().trim().max(TEXT_LIMITS.library).default(""),
      sector: choice(SECTORS),
      solo: z.boolean().default(false),
      jobTitle: z.string().trim().max(TEXT_LIMITS.jobTitle).default(""),
      careerStage: choice(CAREER_STAGES),
      experienceYears: z
        .number({ message: "errors.invalidNumber" })
        .int({ message: "errors.invalidNumber" })
        .min(0, { message: "errors.yearsRange" })
        .max(70, { message: "errors.yearsRange" }),
      interests: z
        .array(choice(INTERESTS as unknown as [string, ...string[]]))
        .max(20, { message: "errors.tooManyInterests" }),
      otherInterests: z.string().trim().max(TEXT_LIMITS.otherInterests).default(""),
      goals: z.string().trim().max(TEXT_LIMITS.goals).default(""),
      matchBy: choice(MATCH_BY),
      partnerSector: choice(PARTNER_SECTOR),
      meetingFormats: z.array(choice(MEETING_FORMATS)).min(1, { message: "errors.formatRequired" }),
      availability: z.array(z.string().refine((b) => AVAILABILITY_BLOCKS.includes(b))).default([]),
      role: choice(PARTICIPANT_ROLES),
      mentorCapacity: z
        .number()
        .int()
        .min(1, { message: "errors.capacityRange" })
        .max(10, { message: "errors.capacityRange" })
        .nullable()
        .default(null),
    })
    .superRefine((profile, ctx) => {
      if (mode === "mentor" && profile.role === "peer") {
        ctx.addIssue({ code: "custom", path: ["role"], message: "errors.mentorOrMentee" });
      }
      if (mode !== "mentor" && profile.role !== "peer") {
        ctx.addIssue({ code: "custom", path: ["role"], message: "errors.invalidChoice" });
      }
      if (profile.role === "mentor" && profile.mentorCapacity === null) {
        ctx.addIssue({ code: "custom", path: ["mentorCapacity"], message: "errors.required" });
      }
    })
    .transform((profile) => ({
      ...profile,
      mentorCapacity: profile.role === "mentor" ? profile.mentorCapacity : null,
    }));
}
