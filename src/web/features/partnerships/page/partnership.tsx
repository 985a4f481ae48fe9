import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link, redirect, useLocation } from "react-router";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { formText } from "../../../shared/form-data.ts";
import { YourPartner } from "../../matching/your-partner.tsx";
import matchingCss from "../../matching/matching.css?url";
import { MEETINGS_PER_PAGE } from "../../../../use-cases/partnerships/find-partnership-page.ts";
import { EMPTY_MEETING, MeetingForm, readMeetingFormData } from "./meeting-form.tsx";
import { MeetingList } from "./meeting-list.tsx";
import partnershipCss from "./partnership.css?url";
import { AgreementSection, SuggestionsSection, TopicsSection } from "./sections.tsx";
import type { Route } from "./+types/partnership";
import { useFocusOnShow } from "../../../shared/use-focus-on-show.ts";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: matchingCss },
  { rel: "stylesheet", href: partnershipCss },
];

const DONE = ["confirmed", "logged", "changed", "deleted"] as const;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.findPartnershipPage(actorOf(viewer), {
    partnershipId: params.partnershipId,
    locale: requestLocale(request, viewer),
    page,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { agreement, topics, ...rest } = result.value;
  const at = url.searchParams.get("at") ?? "";
  return {
    ...rest,
    page,
    pageSize: MEETINGS_PER_PAGE,
    agreementHtml: agreement.markdown.trim() ? renderMarkdown(agreement.markdown, 3) : "",
    confirmations: agreement.members,
    topics: topics.map(({ promptMarkdown, ...topic }) => ({
      ...topic,
      promptHtml: renderMarkdown(promptMarkdown, 4),
    })),
    startsAt: LOCAL_TIME.test(at) ? at : "",
    done: DONE.find((key) => url.searchParams.get("done") === key),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const { partnershipId } = params;
  const here = `/partnerships/${partnershipId}`;
  if (formText(form, "intent") === "confirm") {
    const result = await context.services.useCases.confirmAgreement(actorOf(viewer), {
      partnershipId,
    });
    if (!result.ok && result.error.code !== "closed") throwUseCaseError(result.error);
    return redirect(result.ok ? `${here}?done=confirmed#agreement` : here);
  }
  const values = readMeetingFormData(form);
  const result = await context.services.useCases.logMeeting(actorOf(viewer), {
    partnershipId,
    form: values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    if (result.error.code === "closed")
      return { values, errors: { form: { key: "partnerships:page.closedError" } } };
    throwUseCaseError(result.error);
  }
  return redirect(`${here}?done=logged#meetings`);
}

export default function Partnership({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("partnerships");
  const data = loaderData;
  // Each post redirects here with what was done: focus goes to that message (a status already
  // on a page that loads is not announced, and the button pressed is gone).
  const location = useLocation();
  const doneRef = useFocusOnShow<HTMLParagraphElement>(data.done ? location.key : null);
  const selfConfirmed = data.confirmations.some((m) => m.self && m.confirmedAt);
  return (
    <>
      <title>{`${t("page.title")} — ${data.roundName}`}</title>
      <h1>{t("page.title")}</h1>
      <p className="lead">
        {t("page.round", { programme: data.programmeName, round: data.roundName })}
      </p>
      <p className="muted">{t("page.timeZone", { timeZone: data.timeZone })}</p>
      {data.done && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={doneRef}>
          {t(`page.done.${data.done}`)}
        </p>
      )}
      {!data.current && (
        <p className="notice notice--warn">
          {t(`page.closed.${data.status === "active" ? "left" : data.status}`, {
            defaultValue: t("page.closed.ended"),
          })}
        </p>
      )}
      <YourPartner
        partnership={{
          partnershipId: data.partnershipId,
          roundName: data.roundName,
          programmeName: data.programmeName,
          timeZone: data.timeZone,
          agreementHtml: "",
          partners: data.partners,
        }}
      />
      <AgreementSection
        agreementHtml={data.agreementHtml}
        members={data.confirmations}
        timeZone={data.timeZone}
        canConfirm={data.current && !selfConfirmed}
      />
      {data.facilitatorsEmail && (
        <p>
          {t("page.facilitators")}{" "}
          <a href={`mailto:${data.facilitatorsEmail}`}>{data.facilitatorsEmail}</a>
        </p>
      )}
      <p>
        <Link to={`/rounds/${data.roundId}/sessions`}>{t("page.sessions")}</Link>
      </p>
      <TopicsSection topics={data.topics} timeZone={data.timeZone} />
      <SuggestionsSection suggestions={data.suggestions} timeZone={data.timeZone} />
      <section aria-labelledby="meetings">
        <h2 id="meetings">{t("meetings.title")}</h2>
        {data.current && (
          <>
            <h3 id="log-meeting">{t("meetings.add")}</h3>
            <MeetingForm
              // A new key after each saved meeting (or a chosen time) empties the form again.
              key={`${data.startsAt}|${data.meetings.total}`}
              values={actionData?.values ?? { ...EMPTY_MEETING, startsAt: data.startsAt }}
              errors={actionData?.errors}
              timeZone={data.timeZone}
              intent="log"
              submitLabel={t("meetingForm.submit")}
            />
          </>
        )}
        <h3>{t("meetings.list")}</h3>
        <MeetingList
          partnershipId={data.partnershipId}
          meetings={data.meetings.items}
          timeZone={data.timeZone}
          current={data.current}
        />
        {data.meetings.total > data.pageSize && (
          <Pagination page={data.page} total={data.meetings.total} pageSize={data.pageSize} />
        )}
      </section>
    </>
  );
}
