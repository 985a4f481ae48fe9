import { and, asc, eq, inArray, sql, type Placeholder } from "drizzle-orm";
import type { RoundMode } from "../../domain/rounds/round-modes.ts";
import type { RoundStatus } from "../../domain/rounds/round-status.ts";
import type { QuestionKind } from "../../domain/rounds/round-modes.ts";
import type {
  QuestionRecord,
  RoundRecord,
  RoundRepository,
  RoundTranslation,
} from "../../use-cases/rounds/round-ports.ts";
import { builtOnce } from "../built-once.ts";
import type { Executor } from "../database.ts";
import {
  programme,
  programmeFacilitator,
  round,
  roundQuestion,
  roundTranslation,
} from "../schema/index.ts";
import { toProgrammeRecord } from "./programme-repository.ts";

export function createRoundRepository(db: Executor): RoundRepository {
  const forFacilitator = builtOnce(() =>
    db
      .select({ r: round, p: programme, facilitates: facilitatesSql(sql.placeholder("userId")) })
      .from(round)
      .innerJoin(programme, eq(programme.id, round.programmeId))
      .where(eq(round.id, sql.placeholder("id")))
      .prepare("round_for_facilitator"),
  );
  const facilitation = builtOnce(() =>
    db
      .select({
        programmeId: round.programmeId,
        facilitates: facilitatesSql(sql.placeholder("userId")),
      })
      .from(round)
      .where(eq(round.id, sql.placeholder("id")))
      .prepare("round_facilitation"),
  );
  return {
    async insert(record) {
      await db.insert(round).values(record);
    },
    async update(record) {
      const { id, programmeId: _p, createdAt: _c, ...changes } = record;
      await db.update(round).set(changes).where(eq(round.id, id));
    },
    async findById(id) {
      const [row] = await db.select().from(round).where(eq(round.id, id));
      return row && toRecord(row);
    },
    async findForFacilitator(id, userId) {
      // One statement for what every facilitator page asks first (round, programme, and
      // whether this person facilitates it): three round trips before.
      const [row] = await forFacilitator().execute({ id, userId });
      return (
        row && {
          round: toRecord(row.r),
          programme: toProgrammeRecord(row.p),
          facilitates: row.facilitates === true,
        }
      );
    },
    async findFacilitation(id, userId) {
      const [row] = await facilitation().execute({ id, userId });
      return row && { programmeId: row.programmeId, facilitates: row.facilitates === true };
    },
    async lockById(id) {
      const [row] = await db.select().from(round).where(eq(round.id, id)).for("update");
      return row && toRecord(row);
    },
    async findBySlugs(programmeSlug, roundSlug) {
      const [row] = await db
        .select({ r: round })
        .from(round)
        .innerJoin(programme, eq(programme.id, round.programmeId))
        .where(and(eq(programme.slug, programmeSlug), eq(round.slug, roundSlug)));
      return row && toRecord(row.r);
    },
    async findWithTextsBySlugs(programmeSlug, roundSlug, withQuestions) {
      // One round trip instead of four: on PGlite each statement costs its parse and plan.
      const translations = sql<RoundTranslation[]>`coalesce((
        select json_agg(json_build_object(
          'locale', t.locale, 'theme', t.theme, 'rulesMarkdown', t.rules_markdown
        ) order by t.locale)
        from ${roundTranslation} t where t.round_id = ${round.id}), '[]'::json)`;
      const questions = withQuestions
        ? sql<QuestionRecord[]>`coalesce((
            select json_agg(json_build_object(
              'id', q.id, 'roundId', q.round_id, 'position', q.position, 'kind', q.kind,
              'label', q.label, 'required', q.required, 'options', q.options,
              'translations', q.translations
            ) order by q.position)
            from ${roundQuestion} q where q.round_id = ${round.id}), '[]'::json)`
        : sql<QuestionRecord[]>`'[]'::json`;
      const [row] = await db
        .select({
          r: round,
          programme: {
            id: programme.id,
            slug: programme.slug,
            name: programme.name,
            description: programme.description,
            organisation: programme.organisation,
            contactEmail: programme.contactEmail,
            defaultLanguage: programme.defaultLanguage,
            createdAt: programme.createdAt,
          },
          translations,
          questions,
        })
        .from(round)
        .innerJoin(programme, eq(programme.id, round.programmeId))
        .where(and(eq(programme.slug, programmeSlug), eq(round.slug, roundSlug)));
      if (!row) return undefined;
      return {
        round: toRecord(row.r),
        programme: row.programme,
        translations: parseJson(row.translations),
        questions: parseJson(row.questions),
      };
    },
    async slugExists(programmeId, slug) {
      const rows = await db
        .select({ id: round.id })
        .from(round)
        .where(and(eq(round.programmeId, programmeId), eq(round.slug, slug)));
      return rows.length > 0;
    },
    async listByProgramme(programmeId) {
      const rows = await db
        .select()
        .from(round)
        .where(eq(round.programmeId, programmeId))
        .orderBy(asc(round.applicationsOpenAt));
      return rows.map(toRecord);
    },
    async listPublic(now, limit) {
      const rows = await db
        .select({ r: round, programmeSlug: programme.slug, programmeName: programme.name })
        .from(round)
        .innerJoin(programme, eq(programme.id, round.programmeId))
        .where(
          and(
            inArray(round.status, ["open", "closed", "matched", "active"]),
            sql`${round.endsAt} > ${now}`,
          ),
        )
        .orderBy(asc(round.applicationsCloseAt))
        .limit(limit);
      return rows.map((row) => ({
        ...toRecord(row.r),
        programmeSlug: row.programmeSlug,
        programmeName: row.programmeName,
      }));
    },
    async listQuestions(roundId) {
      const rows = await db
        .select()
        .from(roundQuestion)
        .where(eq(roundQuestion.roundId, roundId))
        .orderBy(asc(roundQuestion.position));
      return rows.map((row) => ({ ...row, kind: row.kind as QuestionKind }));
    },
    async replaceQuestions(roundId, questions: QuestionRecord[]) {
      await db.delete(roundQuestion).where(eq(roundQuestion.roundId, roundId));
      if (questions.length > 0) {
        await db.insert(roundQuestion).values(
          questions.map((q) => ({
            id: q.id,
            roundId,
            position: q.position,
            kind: q.kind,
            label: q.label,
            required: q.required,
            options: q.options,
            translations: q.translations,
          })),
        );
      }
    },
    async listTranslations(roundId) {
      return db
        .select({
          locale: roundTranslation.locale,
          theme: roundTranslation.theme,
          rulesMarkdown: roundTranslation.rulesMarkdown,
        })
        .from(roundTranslation)
        .where(eq(roundTranslation.roundId, roundId))
        .orderBy(asc(roundTranslation.locale));
    },
    async listTranslationsIn(roundIds, locale) {
      if (roundIds.length === 0) return [];
      return db
        .select()
        .from(roundTranslation)
        .where(
          and(
            inArray(roundTranslation.roundId, [...roundIds]),
            eq(roundTranslation.locale, locale),
          ),
        );
    },
    async replaceTranslations(roundId, translations) {
      await db.delete(roundTranslation).where(eq(roundTranslation.roundId, roundId));
      if (translations.length > 0) {
        await db.insert(roundTranslation).values(translations.map((t) => ({ roundId, ...t })));
      }
    },
  };
}

/** json columns come back parsed from node-postgres and as text from some drivers. */
function parseJson<T>(value: T | string): T {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}

function toRecord(row: typeof round.$inferSelect): RoundRecord {
  return { ...row, mode: row.mode as RoundMode, status: row.status as RoundStatus };
}

/**
 * Whether this person (a placeholder; null for nobody, whom no row matches) is one of the
 * round's programme's facilitators. The round's column is named with its table: drizzle
 * leaves the table out in a one-table select, and a bare programme_id would be read as the
 * subquery's own.
 */
function facilitatesSql(userId: Placeholder) {
  return sql<boolean>`exists (select 1 from ${programmeFacilitator} f
        where f.programme_id = ${round}."programme_id" and f.user_id = ${userId})`;
}
