import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { DaySectionBlock } from "./day-section-block.tsx";
import lifeCss from "./life.css?url";
import type { Route } from "./+types/today";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: lifeCss }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getFacilitatorDay(actorOf(viewer));
  if (!result.ok) throwUseCaseError(result.error);
  return {
    sections: result.value.sections,
    // The development mailbox shows an email itself, to administrators only.
    devMail: context.services.mailTransport === "dev-mailbox" && viewer.role === "admin",
  };
}

export default function Today({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("roundlife");
  return (
    <>
      <title>{t("today.title")}</title>
      <p>
        <Link to="/facilitate">{t("common:nav.facilitate")}</Link>
      </p>
      <h1>{t("today.title")}</h1>
      <p>{t("today.intro")}</p>
      {loaderData.sections.map((section) => (
        <DaySectionBlock key={section.section} section={section} devMail={loaderData.devMail} />
      ))}
    </>
  );
}
