import { Fragment } from "react";
import { useTranslation } from "react-i18next";

/**
 * People's names as a list in the page's language ("Ana, Bo and Chen"), each name isolated in
 * its own <bdi>, so a name written right to left keeps its place in a left-to-right sentence.
 */
export function NameList({ names }: { names: string[] }) {
  const { i18n } = useTranslation();
  const parts = new Intl.ListFormat(i18n.language, { type: "conjunction" }).formatToParts(names);
  return (
    <>
      {parts.map((part, i) =>
        part.type === "element" ? (
          <bdi key={i}>{part.value}</bdi>
        ) : (
          <Fragment key={i}>{part.value}</Fragment>
        ),
      )}
    </>
  );
}
