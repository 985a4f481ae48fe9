/**
 * The networks directory in one statement: a page of approved networks by name with their
 * member counts, the directory's version, and the total of a search not counted yet. The
 * map's counts per country and the totals change only when a network is approved or edited;
 * each app instance keeps them in memory while the version it read them at holds
 * (schema/cache-versions.ts: the writers bump it in their transaction, so an instance sees
 * another's change at its next request).
 */
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { NetworkFilters } from "../../domain/networks/network-filters.ts";
import type { NetworkKind } from "../../domain/networks/network-kinds.ts";
import type { Sector } from "../../domain/vocabulary/vocabulary.ts";
import type { NetworkDirectoryPage } from "../../use-cases/networks/network-ports.ts";
import { matchesSearchSql } from "../contains-pattern.ts";
import type { Executor } from "../database.ts";
import { cacheVersion, network } from "../schema/index.ts";

const DIRECTORY = "network_directory";

interface DirectorySummary {
  version: number;
  countries: { code: string; count: number }[];
  approved: number;
  /** Totals of filtered searches counted at this version, by filtersKey. */
  totals: Map<string, number>;
}

/** Enough for the searches people repeat; a new version starts again from none. */
const MAX_KEPT_TOTALS = 1000;

/** Per database (tests open several in one process); a transaction's executor just misses. */
const summaries = new WeakMap<Executor, DirectorySummary>();

const versionSql = sql<number>`(select ${cacheVersion.version} from ${cacheVersion} where ${cacheVersion.name} = ${DIRECTORY})`;

/** Tells every instance its directory counts are out of date; in the writer's transaction. */
export async function bumpDirectoryVersion(db: Executor): Promise<void> {
  await db
    .insert(cacheVersion)
    .values({ name: DIRECTORY, version: 1 })
    .onConflictDoUpdate({
      target: cacheVersion.name,
      set: { version: sql`${cacheVersion.version} + 1` },
    });
}

export async function listDirectory(
  db: Executor,
  filters: NetworkFilters,
  { offset, limit }: { offset: number; limit: number },
): Promise<NetworkDirectoryPage> {
  const where = directoryConditions(filters);
  const key = filtersKey(filters);
  // A filtered total counted at the version still current is kept with the map's counts:
  // it changes only when they do. Else it is a scalar subquery, counted once beside the page
  // (count(*) over () read every row whole).
  const cached = summaries.get(db);
  const known = key === "" ? undefined : cached?.totals.get(key);
  const counting = key !== "" && known === undefined;
  // The page walks network_listed (status, name) and stops after `limit` rows.
  const rows = await db
    .select({
      id: network.id,
      slug: network.slug,
      name: network.name,
      kind: network.kind,
      country: network.country,
      region: network.region,
      city: network.city,
      online: network.online,
      sectors: network.sectors,
      languages: network.languages,
      memberCount: network.memberCount,
      version: versionSql.mapWith(Number),
      total: counting
        ? sql<number>`(select count(*) from ${network} where ${where})`.mapWith(Number)
        : sql<null>`null`,
    })
    .from(network)
    .where(where)
    .orderBy(asc(network.status), asc(network.name), asc(network.id))
    .offset(offset)
    .limit(limit);
  // No row to carry the version (nothing found, or past the end): asked on its own.
  const version = rows.length > 0 ? rows[0]!.version : await findVersion(db);
  const summary = await findSummary(db, version);
  const current = summary.version === version;
  let total: number;
  if (key === "") total = summary.approved;
  else if (rows.length > 0 && counting) total = rows[0]!.total ?? 0;
  else if (known !== undefined && current && summary === cached) total = known;
  else if (rows.length === 0 && offset === 0) total = 0;
  else total = await countNetworks(db, where);
  if (key !== "" && current && summary.totals.size < MAX_KEPT_TOTALS)
    summary.totals.set(key, total);
  return {
    networks: {
      items: rows.map(({ version: _version, total: _total, ...row }) => ({
        ...row,
        kind: row.kind as NetworkKind,
        sectors: row.sectors as Sector[],
      })),
      total,
    },
    countries: summary.countries,
  };
}

/** "" without filters; the same text for the same filters in any order. */
function filtersKey(filters: NetworkFilters): string {
  const set = Object.entries(filters).filter(([, value]) => value !== undefined);
  return set.length === 0 ? "" : JSON.stringify(set.sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function countNetworks(db: Executor, where: SQL | undefined): Promise<number> {
  const [counted] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(network)
    .where(where);
  return counted?.n ?? 0;
}

async function findVersion(db: Executor): Promise<number | undefined> {
  const [row] = await db
    .select({ version: cacheVersion.version })
    .from(cacheVersion)
    .where(eq(cacheVersion.name, DIRECTORY));
  return row?.version;
}

/** The cached counts when `version` is the one they were read at; else read (and kept) anew. */
async function findSummary(db: Executor, version: number | undefined): Promise<DirectorySummary> {
  const cached = summaries.get(db);
  if (cached && version !== undefined && Number.isFinite(version) && cached.version === version)
    return cached;
  // One statement: the version and the counts it goes with, from the same snapshot.
  const rows = await db
    .select({
      version: versionSql.mapWith(Number),
      code: network.country,
      count: sql<number>`count(*)`.mapWith(Number),
    })
    .from(network)
    .where(eq(network.status, "approved"))
    .groupBy(network.country)
    .orderBy(desc(sql`count(*)`), asc(network.country));
  const summary: DirectorySummary = {
    // No approved network yet: nothing to keep.
    version: Number(rows[0]?.version ?? Number.NaN),
    countries: rows.filter((r) => r.code !== "").map(({ code, count }) => ({ code, count })),
    approved: rows.reduce((sum, r) => sum + r.count, 0),
    totals: new Map(),
  };
  summaries.set(db, summary);
  return summary;
}

function directoryConditions(filters: NetworkFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(network.status, "approved")];
  if (filters.search) conditions.push(matchesSearchSql(network.searchText, filters.search));
  if (filters.country) conditions.push(eq(network.country, filters.country));
  if (filters.kind) conditions.push(eq(network.kind, filters.kind));
  if (filters.online) conditions.push(eq(network.online, true));
  if (filters.sector)
    conditions.push(sql`${network.sectors} @> ${JSON.stringify([filters.sector])}::jsonb`);
  if (filters.language)
    conditions.push(sql`${network.languages} @> ${JSON.stringify([filters.language])}::jsonb`);
  return and(...conditions);
}
