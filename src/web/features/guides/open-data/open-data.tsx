import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { OPEN_LICENCE } from "../../../../domain/guides/guide-licence.ts";
import type { Route } from "./+types/open-data";

const SETS = [
  { key: "guides", files: ["guides.json", "guides.csv"] },
  { key: "networks", files: ["networks.json", "networks.csv"] },
] as const;

export async function loader({ context }: Route.LoaderArgs) {
  return { topicLibraries: await context.services.useCases.listOpenTopicLibraries() };
}

/** What can be downloaded as open data, and under which licence. */
export default function OpenDataPage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("guides");
  const licence = (
    <a href={OPEN_LICENCE.url} rel="license">
      {OPEN_LICENCE.name} ({OPEN_LICENCE.id})
    </a>
  );
  return (
    <>
      <title>{`${t("openData.title")} — Shelfmates`}</title>
      <h1>{t("openData.title")}</h1>
      <p>{t("openData.intro")}</p>
      {SETS.map((set) => {
        const name = t(`openData.${set.key}Title`);
        return (
          <section key={set.key} className="card" aria-labelledby={`${set.key}-heading`}>
            <h2 id={`${set.key}-heading`}>{name}</h2>
            <p>{t(`openData.${set.key}Text`)}</p>
            <p>
              {t("openData.licence")} {licence}
            </p>
            <ul>
              {set.files.map((file) => (
                <li key={file}>
                  <a href={`/open-data/${file}`} download>
                    {t(file.endsWith(".json") ? "openData.json" : "openData.csv", { name })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <section className="card" aria-labelledby="topics-heading">
        <h2 id="topics-heading">{t("openData.topicsTitle")}</h2>
        <p>{t("openData.topicsText")}</p>
        {loaderData.topicLibraries.length === 0 ? (
          <p className="notice">{t("openData.topicsEmpty")}</p>
        ) : (
          <>
            <p>
              {t("openData.licence")} {licence}
            </p>
            <ul>
              {loaderData.topicLibraries.map((library) => (
                <li key={library.slug}>
                  <a href={`/open-data/topic-libraries/${library.slug}.json`} download>
                    {t("openData.json", { name: t("openData.topicsOf", { name: library.name }) })}
                  </a>
                  {" · "}
                  <a href={`/open-data/topic-libraries/${library.slug}.csv`} download>
                    {t("openData.csv", { name: t("openData.topicsOf", { name: library.name }) })}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <p>{t("openData.attribution")}</p>
      <h2>{t("openData.notIncludedTitle")}</h2>
      <p>{t("openData.notIncluded")}</p>
    </>
  );
}
