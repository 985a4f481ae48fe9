import { useFixedT } from "./use-fixed-t.ts";
import { data } from "react-router";

/**
 * Any path no page answers, with status 404. As a page of its own (not React Router's bare
 * 404, which skips the root loader) it knows who is reading it and in which language, so a
 * signed-in reader is not offered "Sign in".
 */
export function loader() {
  return data(null, { status: 404 });
}

export default function NotFound() {
  const t = useFixedT();
  return (
    <>
      <title>{t("errors.page.notFound.title")}</title>
      <h1>{t("errors.page.notFound.title")}</h1>
      <p>{t("errors.page.notFound.body")}</p>
      <p>
        <a href="/">{t("errors.page.home")}</a>
      </p>
    </>
  );
}
