import { useFixedT } from "../../shared/use-fixed-t.ts";
import type { DiffLine } from "../../../domain/guides/line-diff.ts";

/** A line diff, each changed line marked by a sign and a word (not by colour alone). */
export function LineDiffView({ lines, label }: { lines: readonly DiffLine[]; label: string }) {
  const t = useFixedT("guides");
  if (lines.every((l) => l.kind === "same")) return <p>{t("diff.none")}</p>;
  return (
    <ol className="diff" aria-label={label}>
      {lines.map((line, i) => (
        <li key={i} className={line.kind === "same" ? undefined : `diff-${line.kind}`}>
          <span className="diff-mark" aria-hidden="true">
            {line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " "}
          </span>
          {line.kind !== "same" && (
            <span className="visually-hidden">{t(`diff.${line.kind}`)} </span>
          )}
          {line.text}
        </li>
      ))}
    </ol>
  );
}
