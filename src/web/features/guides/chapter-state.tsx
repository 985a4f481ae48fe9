import { useFixedT } from "../../shared/use-fixed-t.ts";
import { useTranslation } from "react-i18next";

/** Where a chapter stands: not written, a draft, published, or changed since publishing. */
export function ChapterState({
  chapter,
}: {
  chapter: { version: number; publishedVersion: number | null; empty: boolean };
}) {
  const t = useFixedT("guides");
  if (chapter.version === 0 || chapter.empty) return <>{t("chapterState.empty")}</>;
  if (chapter.publishedVersion === null)
    return <>{t("chapterState.draft", { version: chapter.version })}</>;
  if (chapter.publishedVersion === chapter.version)
    return <>{t("chapterState.published", { version: chapter.version })}</>;
  return (
    <>
      {t("chapterState.changed", {
        version: chapter.version,
        published: chapter.publishedVersion,
      })}
    </>
  );
}

/** "Written by Ana, Ben" or that nobody has yet. */
export function Authors({ names }: { names: readonly string[] }) {
  const { t, i18n } = useTranslation("guides");
  if (names.length === 0) return <>{t("noAuthorsYet")}</>;
  const list = new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(names);
  return <>{t("writtenBy", { names: list })}</>;
}
