import type { ReactNode } from "react";

/**
 * The box a wide table scrolls sideways in on a narrow screen. It takes focus so that a
 * keyboard user can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable), and as a
 * region named by the table's caption a screen reader says what it holds.
 */
export function TableScroll({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `table-wrap ${className}` : "table-wrap"}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  );
}
