/** A network's campaign as its organiser types it: title, Markdown body, what the petition asks, a goal. */
import { z } from "zod";
import type { FieldErrors } from "../field-errors.ts";
import { networkFieldErrors } from "./network-field-errors.ts";

export const TITLE_MAX = 150;
export const BODY_MAX = 20_000;
export const PETITION_TEXT_MAX = 2000;
export const GOAL_MAX = 10_000_000;

export interface CampaignFormValues {
  title: string;
  body: string;
  petitionText: string;
  /** A whole number, or "" for no goal. */
  goal: string;
}

export interface CampaignInput {
  title: string;
  body: string;
  petitionText: string;
  goal: number | null;
}

export const EMPTY_CAMPAIGN_FORM: CampaignFormValues = {
  title: "",
  body: "",
  petitionText: "",
  goal: "",
};

const schema = z.object({
  title: z.string().trim().min(1).min(3).max(TITLE_MAX),
  body: z.string().trim().max(BODY_MAX),
  petitionText: z.string().trim().min(1).max(PETITION_TEXT_MAX),
  goal: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{1,8}$/.test(v), { message: "errors.invalidNumber" })
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((n) => n === null || (n >= 1 && n <= GOAL_MAX), {
      message: "networks:errors.goalRange",
    }),
});

export function parseCampaignInput(
  values: CampaignFormValues,
): { ok: true; value: CampaignInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: networkFieldErrors(parsed.error) };
  return { ok: true, value: parsed.data };
}

/** How far a campaign is towards its goal, in whole percent (at most 100), or null without one. */
export function goalPercent(confirmed: number, goal: number | null): number | null {
  if (goal === null || goal <= 0) return null;
  return Math.min(100, Math.floor((confirmed / goal) * 100));
}
