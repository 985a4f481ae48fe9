import { toFieldErrors } from "../../domain/field-errors.ts";
import {
  questionInputSchema,
  roundInputSchema,
  type QuestionInput,
} from "../../domain/rounds/round-input.ts";
import type { FieldErrors } from "../../domain/field-errors.ts";
import {
  parseQuestionTranslations,
  parseRoundTranslations,
  withoutDefault,
  type QuestionTranslationInput,
  type QuestionTranslations,
  type RoundTranslationInput,
} from "../../domain/rounds/round-texts.ts";
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { QuestionRecord, RoundRecord } from "./round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { uniqueSlug } from "../../domain/slug.ts";
import { followRoundDates } from "../surveys/ensure-round-surveys.ts";

export interface SaveRoundInput {
  programmeId: string;
  /** Absent when creating. */
  roundId?: string;
  /** Its theme and rules are in the programme's default language. */
  round: unknown;
  /** Each may carry `translations` (QuestionTranslationInput): its label and options by language. */
  questions: unknown[];
  /** The theme and rules in the programme's other languages, as typed. */
  translations?: RoundTranslationInput;
}

/** Creates or edits a round with its custom questions; a new round starts as a draft. */
export async function saveRound(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: SaveRoundInput,
): Promise<Result<RoundRecord>> {
  const parsed = roundInputSchema.safeParse(input.round);
  const fieldErrors: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error);
  const questions: (QuestionInput & { translations: QuestionTranslations })[] = [];
  input.questions.forEach((raw, index) => {
    const question = questionInputSchema.safeParse(raw);
    const errors: FieldErrors = question.success ? {} : toFieldErrors(question.error);
    const translated = parseQuestionTranslations(
      (raw as { translations?: QuestionTranslationInput } | null)?.translations ?? {},
      { options: question.success ? question.data.options : [] },
    );
    if (!translated.ok) Object.assign(errors, translated.fieldErrors);
    if (question.success && translated.ok)
      questions.push({ ...question.data, translations: translated.translations });
    for (const [field, error] of Object.entries(errors))
      fieldErrors[`questions.${index}.${field}`] = error;
  });
  const translations = parseRoundTranslations(input.translations ?? {});
  if (!translations.ok) Object.assign(fieldErrors, translations.fieldErrors);
  if (!parsed.success || !translations.ok || Object.keys(fieldErrors).length > 0)
    return fail({ code: "invalid", fieldErrors });
  const data = parsed.data;

  return deps.uow.transaction(async (repositories) => {
    const programme = await repositories.programmes.findById(input.programmeId);
    if (!programme) return fail({ code: "not_found" });
    if (!(await canFacilitate(repositories, actor, programme.id)))
      // Decision 0003: another programme\'s things look like things that do not exist.
      return fail({ code: "not_found" });
    const now = deps.clock.now();
    let round: RoundRecord;
    if (input.roundId) {
      const existing = await repositories.rounds.findById(input.roundId);
      if (!existing || existing.programmeId !== programme.id) return fail({ code: "not_found" });
      if (existing.mode !== data.mode && existing.status !== "draft") {
        return fail({ code: "invalid", fieldErrors: { mode: { key: "errors.modeLocked" } } });
      }
      round = { ...existing, ...data, updatedAt: now };
      await repositories.rounds.update(round);
      // Surveys whose dates nobody set move with the round's (decision 0009).
      await followRoundDates(repositories, round, now);
    } else {
      round = {
        id: deps.ids.newId(),
        programmeId: programme.id,
        slug: await uniqueSlug(data.name, (slug) =>
          repositories.rounds.slugExists(programme.id, slug),
        ),
        ...data,
        status: "draft",
        countryCapMinApplications: 20,
        clonedFromRoundId: null,
        createdAt: now,
        updatedAt: now,
      };
      await repositories.rounds.insert(round);
    }
    const { defaultLanguage } = programme;
    const records: QuestionRecord[] = questions.map((q, position) => {
      const { [defaultLanguage]: _default, ...others } = q.translations;
      return { ...q, translations: others, id: deps.ids.newId(), roundId: round.id, position };
    });
    // Keep question ids stable across edits so answers already given stay attached.
    const previous = await repositories.rounds.listQuestions(round.id);
    records.forEach((record, i) => {
      const same = previous[i];
      if (same && same.label === record.label && same.kind === record.kind) record.id = same.id;
    });
    await repositories.rounds.replaceQuestions(round.id, records);
    await repositories.rounds.replaceTranslations(
      round.id,
      withoutDefault(translations.translations, defaultLanguage),
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: input.roundId ? "round.updated" : "round.created",
      subjectType: "round",
      subjectId: round.id,
      createdAt: now,
    });
    return ok(round);
  });
}
