import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { useFocusOnArrival } from "../../../shared/use-focus-on-show.ts";
import type { Route } from "./+types/mentoring-offer-page";

const NOTICES = ["offered", "accepted", "declined", "answered"] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getMentoringOffer(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  return {
    ...result.value,
    confirmDecline: url.searchParams.get("confirm") === "decline",
    notice: NOTICES.find((n) => n === done) ?? null,
    here: url.pathname,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const answer = formText(await request.formData(), "answer") === "accept" ? "accept" : "decline";
  const result = await context.services.useCases.answerMentoringOffer(actorOf(viewer), {
    offerId: params.offerId,
    answer,
  });
  const here = new URL(request.url).pathname;
  if (!result.ok) {
    if (result.error.code === "conflict") return redirect(`${here}?done=answered`);
    throwUseCaseError(result.error);
  }
  context.services.pokeMailer();
  return redirect(`${here}?done=${result.value.status}`);
}

/** A mentoring offer, for its mentee (who answers) and its mentor. */
export default function MentoringOfferPage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  const { offer, role, here } = loaderData;
  const title =
    role === "mentee"
      ? t("offer.titleMentee", { name: offer.mentorName })
      : t("offer.titleMentor", { name: offer.menteeName });
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(Boolean(loaderData.notice));
  return (
    <>
      <title>{title}</title>
      <p className="breadcrumb">
        <Link to={role === "mentee" ? "/opportunities/mine" : "/opportunities/mine/sent"}>
          {t(role === "mentee" ? "mine.title" : "sent.title")}
        </Link>
      </p>
      <h1>{title}</h1>
      {loaderData.notice && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={noticeRef}>
          {t(`offer.notice.${loaderData.notice}`)}
        </p>
      )}
      <dl className="network-facts">
        <dt>{t("offer.made")}</dt>
        <dd>
          <DateTime value={offer.createdAt} dateOnly />
        </dd>
        <dt>{t("offer.status")}</dt>
        <dd>{t(`offerStatus.${offer.status}`)}</dd>
        {offer.otherEmail && (
          <>
            <dt>{t("offer.contact")}</dt>
            <dd>
              <a href={`mailto:${offer.otherEmail}`}>{offer.otherEmail}</a>
            </dd>
          </>
        )}
      </dl>
      {offer.round && (
        <p>
          {t("offer.roundSuggested")}{" "}
          <Link to={`/p/${offer.round.programmeSlug}/${offer.round.slug}`}>{offer.round.name}</Link>
        </p>
      )}
      <h2>{t("offer.messageHeading")}</h2>
      <blockquote className="quote">{offer.message}</blockquote>
      {role === "mentee" && offer.status === "offered" && (
        <section aria-labelledby="offer-answer">
          <h2 id="offer-answer">{t("answer.heading")}</h2>
          {loaderData.confirmDecline ? (
            <>
              <p className="notice notice--warn">{t("offer.declineWarning")}</p>
              <Form method="post" className="actions">
                <input type="hidden" name="answer" value="decline" />
                <button type="submit" className="button button--danger">
                  {t("offer.declineConfirm")}
                </button>
                <Link className="button button--secondary" to={here}>
                  {t("answer.back")}
                </Link>
              </Form>
            </>
          ) : (
            <div className="actions">
              <Form method="post">
                <input type="hidden" name="answer" value="accept" />
                <button type="submit" className="button">
                  {t("offer.accept")}
                </button>
              </Form>
              <Link className="button button--secondary" to={`${here}?confirm=decline`}>
                {t("offer.decline")}
              </Link>
            </div>
          )}
        </section>
      )}
    </>
  );
}
