/**
 * A line diff of two texts, for comparing a chapter's versions and showing two people's
 * saves side by side. The longest common subsequence of lines (the classic dynamic
 * programme, Hunt and McIlroy 1976 in its simplest form) after trimming the common head and
 * tail, so a small change to a long chapter costs little. Lines are split on \n; a \r\n
 * text compares as \n.
 */

export type DiffLine =
  | { kind: "same"; text: string; oldNumber: number; newNumber: number }
  | { kind: "removed"; text: string; oldNumber: number }
  | { kind: "added"; text: string; newNumber: number };

/** Past this many cells the middle is shown as removed then added instead (still exact). */
const MAX_CELLS = 4_000_000;

export function splitLines(text: string): string[] {
  if (text === "") return [];
  return text.replace(/\r\n?/g, "\n").split("\n");
}

export function diffLines(oldText: string, newText: string): DiffLine[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++)
    out.push({ kind: "same", text: a[i]!, oldNumber: i + 1, newNumber: i + 1 });
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const line of middle(midA, midB)) {
    if (line.kind === "same")
      out.push({ ...line, oldNumber: line.oldNumber + head, newNumber: line.newNumber + head });
    else if (line.kind === "removed") out.push({ ...line, oldNumber: line.oldNumber + head });
    else out.push({ ...line, newNumber: line.newNumber + head });
  }
  for (let i = 0; i < tail; i++) {
    const oldIndex = a.length - tail + i;
    const newIndex = b.length - tail + i;
    out.push({
      kind: "same",
      text: a[oldIndex]!,
      oldNumber: oldIndex + 1,
      newNumber: newIndex + 1,
    });
  }
  return out;
}

function middle(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    return [
      ...a.map((text, i): DiffLine => ({ kind: "removed", text, oldNumber: i + 1 })),
      ...b.map((text, j): DiffLine => ({ kind: "added", text, newNumber: j + 1 })),
    ];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: "same", text: a[i]!, oldNumber: i + 1, newNumber: j + 1 });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ kind: "removed", text: a[i]!, oldNumber: i + 1 });
      i++;
    } else {
      out.push({ kind: "added", text: b[j]!, newNumber: j + 1 });
      j++;
    }
  }
  for (; i < n; i++) out.push({ kind: "removed", text: a[i]!, oldNumber: i + 1 });
  for (; j < m; j++) out.push({ kind: "added", text: b[j]!, newNumber: j + 1 });
  return out;
}

/** How many lines were added and removed. */
export function diffCounts(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.kind === "added") added++;
    else if (line.kind === "removed") removed++;
  }
  return { added, removed };
}
