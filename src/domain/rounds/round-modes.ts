export const ROUND_MODES = ["peer", "mentor", "group"] as const;
export type RoundMode = (typeof ROUND_MODES)[number];

export const QUESTION_KINDS = [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "yes_no",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
