import type { ReactNode } from "react";

/** Headline figures: a name, its value, and what exactly it counts. */
export function FigureList({
  figures,
}: {
  figures: readonly { key: string; label: string; value: ReactNode; hint?: string }[];
}) {
  return (
    <dl className="report-figures">
      {figures.map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd>
            <span className="report-figure-value">{f.value}</span>
            {f.hint && <small>{f.hint}</small>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
