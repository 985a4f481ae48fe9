import type { RoundPartnershipRow } from "../../../use-cases/matching/matching-ports.ts";

export interface PartnershipCsvTexts {
  header: {
    partnership: string;
    kind: string;
    status: string;
    score: string;
    member: (n: number) => { name: string; email: string; country: string; role: string };
    explanation: string;
  };
  kind: (kind: string) => string;
  status: (status: string) => string;
  role: (role: string) => string;
  country: (code: string) => string;
  /** One pair's explanation sentence, in the reader's language. */
  explain: (link: RoundPartnershipRow["links"][number]) => string;
}

/**
 * The rows of the partnerships CSV: one line per partnership, its members side by side (as
 * many member columns as the largest group has), the score and why they were matched.
 */
export function partnershipCsvRows(
  items: readonly RoundPartnershipRow[],
  texts: PartnershipCsvTexts,
): string[][] {
  const width = Math.max(2, ...items.map((p) => p.members.length));
  const header = [
    texts.header.partnership,
    texts.header.kind,
    texts.header.status,
    texts.header.score,
    ...Array.from({ length: width }, (_, i) => {
      const h = texts.header.member(i + 1);
      return [h.name, h.email, h.country, h.role];
    }).flat(),
    texts.header.explanation,
  ];
  const rows = items.map((p) => {
    const names = new Map(p.members.map((m) => [m.applicationId, m.name]));
    const members = Array.from({ length: width }, (_, i) => {
      const m = p.members[i];
      return m ? [m.name, m.email, texts.country(m.country), texts.role(m.role)] : ["", "", "", ""];
    }).flat();
    return [
      p.id,
      texts.kind(p.kind),
      texts.status(p.status),
      String(p.score),
      ...members,
      p.links.length === 1
        ? texts.explain(p.links[0]!)
        : p.links
            .map((l) => `${names.get(l.ids[0])} – ${names.get(l.ids[1])}: ${texts.explain(l)}`)
            .join(" "),
    ];
  });
  return [header, ...rows];
}
