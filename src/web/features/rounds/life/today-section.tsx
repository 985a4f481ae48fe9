import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { DayItems } from "./day-items.tsx";
import lifeCss from "./life.css?url";
import type { Route } from "./+types/today-section";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: lifeCss }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const page = pageFromUrl(new URL(request.url));
  const result = await context.services.useCases.listFacilitatorDaySection(actorOf(viewer), {
    section: params.section,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  return {
    page,
    section: result.value,
    devMail: context.services.mailTransport === "dev-mailbox" && viewer.role === "admin",
  };
}

/** Every item of one section of the facilitator's day ("show all"), a page at a time. */
export default function TodaySection({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("roundlife");
  const number = useNumberFormat();
  const { section } = loaderData;
  const heading = t(`today.sections.${section.section}.heading`);
  return (
    <>
      <title>{`${heading} — ${t("today.title")}`}</title>
      <p>
        <Link to="/facilitate/today">{t("today.back")}</Link>
      </p>
      <h1>
        {heading} <span className="badge">{number.format(section.page.total)}</span>
      </h1>
      {section.page.total === 0 ? (
        <p className="notice notice--ok">{t(`today.sections.${section.section}.empty`)}</p>
      ) : (
        <>
          <DayItems section={section} devMail={loaderData.devMail} />
          <Pagination page={loaderData.page} total={section.page.total} />
        </>
      )}
    </>
  );
}
