import { z } from "zod";
import { ROUND_MODES, QUESTION_KINDS } from "./round-modes.ts";

/** A round as a facilitator writes it (create, edit). Dates are instants (UTC). */
export const roundInputSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    theme: z.string().trim().max(200).default(""),
    mode: z.enum(ROUND_MODES, { message: "errors.invalidChoice" }),
    applicationsOpenAt: z.date({ message: "errors.invalidDate" }),
    applicationsCloseAt: z.date({ message: "errors.invalidDate" }),
    matchingAt: z.date({ message: "errors.invalidDate" }),
    startsAt: z.date({ message: "errors.invalidDate" }),
    endsAt: z.date({ message: "errors.invalidDate" }),
    rulesMarkdown: z.string().max(20_000).default(""),
    countryCapPercent: z
      .number({ message: "errors.invalidNumber" })
      .int({ message: "errors.invalidNumber" })
      .min(1, { message: "errors.percentRange" })
      .max(100, { message: "errors.percentRange" })
      .nullable()
      .default(null),
    allowTriads: z.boolean().default(true),
    groupSize: z.number().int().min(3).max(5).nullable().default(null),
  })
  .superRefine((round, ctx) => {
    // open < close ≤ matching ≤ start < end
    const steps = [
      ["applicationsOpenAt", "applicationsCloseAt", true],
      ["applicationsCloseAt", "matchingAt", false],
      ["matchingAt", "startsAt", false],
      ["startsAt", "endsAt", true],
    ] as const;
    for (const [earlier, later, strict] of steps) {
      const gap = round[later].getTime() - round[earlier].getTime();
      if (gap < 0 || (strict && gap === 0)) {
        ctx.addIssue({
          code: "custom",
          path: [later],
          message: "errors.dateOrder",
          params: { after: earlier },
        });
      }
    }
    if (round.mode === "group" && round.groupSize === null) {
      ctx.addIssue({ code: "custom", path: ["groupSize"], message: "errors.required" });
    }
  });
export type RoundInput = z.output<typeof roundInputSchema>;

export const questionInputSchema = z
  .object({
    kind: z.enum(QUESTION_KINDS, { message: "errors.invalidChoice" }),
    label: z.string().trim().min(1).max(300),
    required: z.boolean().default(false),
    options: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  })
  .superRefine((q, ctx) => {
    const needsOptions = q.kind === "single_choice" || q.kind === "multiple_choice";
    if (needsOptions && q.options.length < 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "errors.twoOptions" });
    }
  });
export type QuestionInput = z.output<typeof questionInputSchema>;
