/**
 * A run's result page: summary, every score (for the chart), and one page of groups with
 * their members, filtered by name or library (foldForSearch: case and accents ignored),
 * country and sector and sorted by score, plus the
 * unmatched with their reasons.
 */
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRun } from "./find-facilitated-run.ts";
import type {
  MatchingRunRecord,
  RunGroup,
  RunResult,
} from "../../domain/matching/matching-run-types.ts";
import { matchesSearch } from "../../domain/search-text.ts";

export type MemberView = Pick<
  ApplicationRecord,
  "id" | "name" | "country" | "sector" | "library" | "role" | "city"
>;
export type GroupSort = "order" | "score-asc" | "score-desc";

export interface RunView {
  round: { id: string; name: string; status: string };
  run: MatchingRunRecord & { result: RunResult };
  published: boolean;
  editable: boolean;
  scores: number[];
  groups: { group: RunGroup; members: MemberView[] }[];
  filteredTotal: number;
  unmatched: { person: MemberView; reason: string }[];
  countries: string[];
  sectors: string[];
}

export async function viewRun(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: {
    roundId: string;
    runId: string;
    name: string;
    country: string;
    sector: string;
    sort: GroupSort;
    page: { offset: number; limit: number };
  },
): Promise<Result<RunView>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRun(repositories, actor, input.roundId, input.runId);
  if (!found?.run.result) return fail({ code: "not_found" });
  const { round } = found;
  const run = { ...found.run, result: found.run.result };
  const applications = await repositories.applications.listAll(round.id, {});
  const byId = new Map<string, MemberView>(applications.map((a) => [a.id, a]));
  const member = (id: string): MemberView =>
    byId.get(id) ?? {
      id,
      name: "?",
      country: "",
      sector: "other",
      library: "",
      role: "peer",
      city: "",
    };
  const name = input.name.trim();
  const matches = (m: MemberView) =>
    (!name || matchesSearch(m.name, name) || matchesSearch(m.library, name)) &&
    (!input.country || m.country === input.country) &&
    (!input.sector || m.sector === input.sector);
  let groups = run.result.groups.map((group) => ({ group, members: group.memberIds.map(member) }));
  if (name || input.country || input.sector) groups = groups.filter((g) => g.members.some(matches));
  if (input.sort !== "order")
    groups = [...groups].sort((x, y) =>
      input.sort === "score-asc" ? x.group.score - y.group.score : y.group.score - x.group.score,
    );
  const everyone = [
    ...run.result.groups.flatMap((g) => g.memberIds),
    ...run.result.unmatched.map((u) => u.id),
  ].map(member);
  const publication = await repositories.partnerships.findPublication(round.id);
  return ok({
    round: { id: round.id, name: round.name, status: round.status },
    run,
    published: publication !== undefined,
    editable: publication === undefined && round.status === "closed",
    scores: run.result.groups.flatMap((g) => g.links.map((l) => l.score)),
    groups: groups.slice(input.page.offset, input.page.offset + input.page.limit),
    filteredTotal: groups.length,
    unmatched: run.result.unmatched.map((u) => ({ person: member(u.id), reason: u.reason })),
    countries: [...new Set(everyone.map((m) => m.country))].sort(),
    sectors: [...new Set(everyone.map((m) => m.sector))].sort(),
  });
}
