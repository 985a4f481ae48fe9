/**
 * A sentence with each name in it isolated in <bdi> (HTML's bidirectional isolate): a name
 * written right to left keeps its own direction and does not reorder the words and
 * punctuation beside it ("A & B — 640", "Signed in as A (a@example.org)").
 */
export function WithNames({ text, names }: { text: string; names: readonly string[] }) {
  const wanted = [...new Set(names.filter((n) => n.trim() !== ""))].sort(
    (a, b) => b.length - a.length,
  );
  if (wanted.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${wanted.map(escapeRegExp).join("|")})`, "u");
  const set = new Set(wanted);
  return (
    <>
      {text
        .split(pattern)
        .map((part, i) => (set.has(part) ? <bdi key={i}>{part}</bdi> : part || null))}
    </>
  );
}

/** Names joined as "A & B", each isolated. */
export function NameList({
  names,
  separator = " & ",
}: {
  names: readonly string[];
  separator?: string;
}) {
  return (
    <>
      {names.map((name, i) => (
        <span key={i}>
          {i > 0 && separator}
          <bdi>{name}</bdi>
        </span>
      ))}
    </>
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
