/**
 * The pairs file of `shelfmates match`: one row per pair, triad, group or mentor–mentee
 * link with emails, names, score and the explanation sentence; then one row per unmatched
 * person with the reason. Cells that a spreadsheet would run as formulas are defused.
 */
import { renderExplanation, type RoundResult } from "@shelfmates/matching";
import { formatCsv } from "../domain/applications/application-csv/index.ts";
import type { ApplicationProfile } from "../domain/applications/application-profile.ts";
import { INTEREST_LABELS_EN } from "../domain/vocabulary/interest-labels.ts";
import { languageName } from "../domain/vocabulary/languages.ts";

const renderOptions = {
  interestLabel: (id: string) =>
    (INTEREST_LABELS_EN as Record<string, string>)[id] ?? id.replace(/-/g, " "),
  languageName: (code: string) => languageName(code, "en"),
};

export function formatPairsCsv(
  result: RoundResult,
  profileById: Map<string, ApplicationProfile>,
): string {
  const width = Math.max(
    2,
    ...result.groups.map((g) => (g.kind === "mentorship" ? 2 : g.memberIds.length)),
  );
  const header = ["group", "kind"];
  for (let i = 1; i <= width; i++) header.push(`email_${i}`, `name_${i}`);
  header.push("score", "explanation");
  const person = (id: string) => [id, profileById.get(id)?.name ?? ""];
  const row = (group: string, kind: string, ids: string[], score: string, text: string) => {
    const cells = [group, kind];
    for (let i = 0; i < width; i++) {
      const id = ids[i];
      cells.push(...(id ? person(id) : ["", ""]));
    }
    return [...cells, score, text];
  };
  const rows: string[][] = [header];
  result.groups.forEach((group, g) => {
    const number = String(g + 1);
    const kind = group.locked ? `${group.kind} (locked)` : group.kind;
    if (group.kind === "mentorship") {
      for (const link of group.links) {
        rows.push(
          row(
            number,
            kind,
            link.ids,
            String(link.score),
            renderExplanation(link.explanation, renderOptions),
          ),
        );
      }
      return;
    }
    const text = group.links
      .map((l) =>
        group.links.length === 1
          ? renderExplanation(l.explanation, renderOptions)
          : `${profileById.get(l.ids[0])?.name ?? l.ids[0]} & ${profileById.get(l.ids[1])?.name ?? l.ids[1]}: ${renderExplanation(l.explanation, renderOptions)}`,
      )
      .join(" ");
    rows.push(row(number, kind, group.memberIds, String(group.score), text));
  });
  for (const person of result.unmatched)
    rows.push(row("", "unmatched", [person.id], "", person.message));
  return formatCsv(rows, { guardFormulas: true });
}

/** Names the proof the run has: over all allowed pairs, only among the candidates, or none. */
function describeCertificate(result: RoundResult): string {
  if (result.certified) return `yes — ${result.proof.statement}`;
  // A stopped pricing says so in its statement; other reasons (a heuristic, a broken rule) are added.
  const stopped = result.proof.scope === "candidate_pairs";
  const reason = !stopped && result.certificateReason ? ` (${result.certificateReason})` : "";
  return `no${reason} — ${result.proof.statement}`;
}

export function formatSummary(result: RoundResult, seconds: number): string {
  const s = result.summary;
  const lines = [
    `people            ${s.people}`,
    `pairs             ${s.pairs}${s.triads ? ` (+ ${s.triads} triads)` : ""}${result.mode === "group" ? ` (${s.groups} groups)` : ""}`,
    `unmatched         ${s.unmatched}`,
    `mean score        ${s.meanScore}`,
    `lowest score      ${s.lowestScore}`,
    `cross-country     ${s.crossCountryPercent} %`,
    `cross-sector      ${s.crossSectorPercent} %`,
    `certified optimal ${describeCertificate(result)}`,
    `time              ${seconds.toFixed(2)} s`,
  ];
  if (result.groupBound)
    lines.push(
      `group total       ${result.groupBound.total} of at most ${result.groupBound.upperBound}`,
    );
  return lines.join("\n") + "\n";
}
