import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { ApplicationStatus } from "../../domain/applications/application-status.ts";
import { ACTIVE_APPLICATION_STATUSES } from "../../domain/applications/application-status.ts";
import type {
  CareerStage,
  MatchBy,
  MeetingFormat,
  ParticipantRole,
  PartnerSectorPreference,
  Sector,
} from "../../domain/vocabulary/vocabulary.ts";
import type {
  ApplicantFilters,
  ApplicantRow,
  ApplicationRecord,
  ApplicationRepository,
} from "../../use-cases/applications/application-ports.ts";
import type { SpokenLanguage } from "../../domain/applications/application-profile.ts";
import { searchTextOf } from "../../domain/search-text.ts";
import { matchesSearchSql } from "../contains-pattern.ts";
import type { Executor } from "../database.ts";
import { application, programme, round, roundApplicantTally } from "../schema/index.ts";

// Rows per INSERT statement in bulk imports: large enough to be fast, small enough to stay
// well under PostgreSQL's 65,535 bind-parameter limit (about 35 columns per row).
const INSERT_BATCH_ROWS = 500;

export function createApplicationRepository(db: Executor): ApplicationRepository {
  /**
   * The counts the database keeps as applications change (migration 0023): a few dozen rows
   * by the primary key, whatever the round's size, handed over as one JSON value (PGlite
   * decodes one value much faster than a hundred small ones).
   */
  async function readTally(roundId: string): Promise<RoundSummary> {
    const result: unknown = await db.execute(
      sql`select coalesce(json_agg(json_build_array(t.facet, t.value, t.count)), '[]') as tally
          from ${roundApplicantTally} as t
          where t.round_id = ${roundId} and t.count > 0`,
    );
    const [{ tally }] = (result as { rows: [{ tally: [string, string, number][] }] }).rows;
    const summary: RoundSummary = { country: [], sector: [], status: [], languages: [] };
    for (const [facet, value, count] of tally) {
      if (facet === "language") summary.languages.push(value);
      else if (facet === "country" || facet === "sector" || facet === "status")
        summary[facet].push({ value, count });
    }
    // Most first, then by value in code-point order; the languages in code order.
    for (const list of [summary.country, summary.sector, summary.status])
      list.sort((a, b) => b.count - a.count || byCodePoint(a.value, b.value));
    summary.languages.sort(byCodePoint);
    return summary;
  }
  return {
    async insert(record, manageTokenHash) {
      await db.insert(application).values(toRow(record, manageTokenHash));
    },
    async insertMany(items, importJobId) {
      for (let i = 0; i < items.length; i += INSERT_BATCH_ROWS) {
        const batch = items.slice(i, i + INSERT_BATCH_ROWS);
        await db.insert(application).values(
          batch.map((item) => ({
            ...toRow(item.record, item.manageTokenHash),
            importJobId: importJobId ?? null,
          })),
        );
      }
    },
    async deleteImported(importJobId) {
      const rows = await db
        .delete(application)
        .where(eq(application.importJobId, importJobId))
        .returning({ id: application.id });
      return rows.length;
    },
    async update(record) {
      const { id, roundId: _r, createdAt: _c, ...changes } = record;
      await db
        .update(application)
        .set({ ...changes, searchText: searchTextOfApplication(record) })
        .where(eq(application.id, id));
    },
    async findById(id) {
      const [row] = await db.select().from(application).where(eq(application.id, id));
      return row && toRecord(row);
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(application)
        .where(inArray(application.id, [...new Set(ids)]));
      return rows.map(toRecord);
    },
    async findByRoundAndEmail(roundId, email) {
      const [row] = await db
        .select()
        .from(application)
        .where(and(eq(application.roundId, roundId), eq(application.email, email.toLowerCase())));
      return row && toRecord(row);
    },
    async findByManageTokenHash(hash) {
      const [row] = await db
        .select()
        .from(application)
        .where(eq(application.manageTokenHash, hash));
      return row && toRecord(row);
    },
    async setManageTokenHash(id, hash) {
      await db.update(application).set({ manageTokenHash: hash }).where(eq(application.id, id));
    },
    async existingEmails(roundId, emails) {
      if (emails.length === 0) return [];
      const found = new Set<string>();
      for (let i = 0; i < emails.length; i += 5000) {
        const rows = await db
          .select({ email: application.email })
          .from(application)
          .where(
            and(
              eq(application.roundId, roundId),
              inArray(application.email, emails.slice(i, i + 5000)),
            ),
          );
        for (const row of rows) found.add(row.email);
      }
      return [...found];
    },
    async countActive(roundId, country) {
      const conditions = [
        eq(application.roundId, roundId),
        inArray(application.status, [...ACTIVE_APPLICATION_STATUSES]),
      ];
      if (country) conditions.push(eq(application.country, country));
      const [row] = await db
        .select({ n: count() })
        .from(application)
        .where(and(...conditions));
      return row?.n ?? 0;
    },
    async search(roundId, filters, { offset, limit }) {
      const where = filterConditions(roundId, filters);
      // The page and the total side by side: a count(*) over () beside the page made
      // PostgreSQL keep every matching row whole before sorting (3× the time on PGlite).
      const [rows, [total]] = await Promise.all([
        newestFirst(db, where, offset, limit),
        db.select({ n: count() }).from(application).where(where),
      ]);
      return { items: rows, total: total?.n ?? 0 };
    },
    async listNewest(roundId, { offset, limit }) {
      return newestFirst(db, eq(application.roundId, roundId), offset, limit);
    },
    async listAll(roundId, filters) {
      const rows = await db
        .select()
        .from(application)
        .where(filterConditions(roundId, filters))
        .orderBy(asc(application.createdAt), asc(application.id));
      return rows.map(toRecord);
    },
    async listAfter(roundId, filters, after, limit) {
      const rows = await db
        .select()
        .from(application)
        .where(
          and(
            filterConditions(roundId, filters),
            // The stored time (microseconds) rather than the record's (milliseconds), else a
            // row could come again on the next page.
            after
              ? sql`(${application.createdAt}, ${application.id}) > (coalesce(
                  (select "previous"."created_at" from ${application} as "previous"
                   where "previous"."id" = ${after.id}),
                  ${after.createdAt.toISOString()}::timestamptz), ${after.id})`
              : undefined,
          ),
        )
        .orderBy(asc(application.createdAt), asc(application.id))
        .limit(limit);
      return rows.map(toRecord);
    },
    async listCustomAnswerKeys(roundId, filters) {
      // Ordered as jsonb keeps an object's keys (shorter first, then byte order), which is
      // the order each application's answers come back in.
      const result: unknown = await db.execute(
        sql`select key from (
              select distinct jsonb_object_keys(${application.customAnswers}) as key
              from ${application}
              where ${filterConditions(roundId, filters)}
            ) as answer_key
            order by octet_length(key), key collate "C"`,
      );
      const { rows } = result as { rows: { key: string }[] };
      return rows.map((row) => row.key);
    },
    async countBy(roundId, field) {
      return (await readTally(roundId))[field];
    },
    countForApplicantList: readTally,
    async acceptAllSubmitted(roundId, now) {
      const rows = await db
        .update(application)
        .set({ status: "accepted", updatedAt: now })
        .where(and(eq(application.roundId, roundId), eq(application.status, "submitted")))
        .returning({ id: application.id });
      return rows.length;
    },
    async refreshStatistics() {
      await db.execute(sql`analyze ${application}`);
    },
    async listForUserEmail(email) {
      const rows = await db
        .select({ a: application, roundName: round.name, programmeName: programme.name })
        .from(application)
        .innerJoin(round, eq(round.id, application.roundId))
        .innerJoin(programme, eq(programme.id, round.programmeId))
        .where(eq(application.email, email.toLowerCase()))
        .orderBy(desc(application.createdAt));
      return rows.map((row) => ({
        ...toRecord(row.a),
        roundName: row.roundName,
        programmeName: row.programmeName,
      }));
    },
  };
}

type NewestRow = [
  id: string,
  name: string,
  country: string,
  sector: string,
  languages: SpokenLanguage[],
  status: string,
  createdAt: string,
];

type RoundSummary = Awaited<ReturnType<ApplicationRepository["countForApplicantList"]>>;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A page of the applicant list, newest first (the index on round, created_at and id), read
 * as one JSON value: PGlite decodes one value much faster than a page's 175 small ones.
 */
async function newestFirst(
  db: Executor,
  where: SQL | undefined,
  offset: number,
  limit: number,
): Promise<ApplicantRow[]> {
  const result: unknown = await db.execute(
    sql`select coalesce(json_agg(json_build_array(p.id, p.name, p.country, p.sector,
          p.languages, p.status, p.created_at) order by p.created_at desc, p.id desc), '[]')
          as page
        from (select id, name, country, sector, languages, status, created_at
              from ${application} where ${where ?? sql`true`}
              order by created_at desc, id desc limit ${limit} offset ${offset}) as p`,
  );
  const [{ page }] = (result as { rows: [{ page: NewestRow[] }] }).rows;
  return page.map(([id, name, country, sector, languages, status, createdAt]) => ({
    id,
    name,
    country,
    sector: sector as Sector,
    languages,
    status: status as ApplicationStatus,
    createdAt: new Date(createdAt),
  }));
}

function filterConditions(roundId: string, filters: ApplicantFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(application.roundId, roundId)];
  if (filters.search) {
    conditions.push(matchesSearchSql(application.searchText, filters.search));
  }
  if (filters.country) conditions.push(eq(application.country, filters.country));
  if (filters.sector) conditions.push(eq(application.sector, filters.sector));
  if (filters.status) conditions.push(eq(application.status, filters.status));
  if (filters.language) {
    conditions.push(
      sql`${application.languages} @> ${JSON.stringify([{ code: filters.language }])}::jsonb`,
    );
  }
  return and(...conditions);
}

function toRow(
  record: ApplicationRecord,
  manageTokenHash: string,
): typeof application.$inferInsert {
  return {
    ...record,
    email: record.email.toLowerCase(),
    manageTokenHash,
    searchText: searchTextOfApplication(record),
  };
}

/** What the applicant list and a round's partnerships search: see schema/applications.ts. */
export function searchTextOfApplication(
  record: Pick<ApplicationRecord, "name" | "email" | "library" | "city">,
): string {
  return searchTextOf([record.name, record.email, record.library, record.city]);
}

function toRecord(row: typeof application.$inferSelect): ApplicationRecord {
  const {
    manageTokenHash: _secret,
    importJobId: _importJob,
    searchText: _searchText,
    ...rest
  } = row;
  return {
    ...rest,
    status: row.status as ApplicationStatus,
    source: row.source as "form" | "import",
    sector: row.sector as Sector,
    careerStage: row.careerStage as CareerStage,
    matchBy: row.matchBy as MatchBy,
    partnerSector: row.partnerSector as PartnerSectorPreference,
    meetingFormats: row.meetingFormats as MeetingFormat[],
    role: row.role as ParticipantRole,
  };
}
