import { useFixedT } from "../../../shared/use-fixed-t.ts";

const ITEMS = ["item1", "item2", "item3", "item4"] as const;

/** What erasing an account deletes and what stays, and why: shown before anyone confirms. */
export function ErasureStatement() {
  const t = useFixedT("privacy");
  return (
    <>
      <h2>{t("erase.deletedTitle")}</h2>
      <ul>
        {ITEMS.map((item) => (
          <li key={item}>{t(`erase.deleted.${item}`)}</li>
        ))}
      </ul>
      <h2>{t("erase.keptTitle")}</h2>
      <ul>
        {ITEMS.map((item) => (
          <li key={item}>{t(`erase.kept.${item}`)}</li>
        ))}
      </ul>
    </>
  );
}
