import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { formText } from "../../shared/form-data.ts";
import { notFound, throwUseCaseError } from "../../shared/http-errors.ts";
import { DateTime } from "../../shared/date-time.tsx";
import { actorOf, findViewer, requireViewer } from "../../shared/viewer.server.ts";
import { useFocusOnArrival } from "../../shared/use-focus-on-show.ts";
import { SpotlightAnswers, readAnswer } from "./spotlight-answers.tsx";
import { SpotlightContent } from "./spotlight-content.tsx";
import { toSpotlightContent } from "./spotlight-content.server.ts";
import type { Route } from "./+types/spotlight-page";

const NOTICES = ["asked", "thanked", "agree", "decline", "withdraw"] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const result = await context.services.useCases.getSpotlight(actorOf(viewer), { id: params.id });
  if (!result.ok) throwUseCaseError(result.error);
  const { spotlight, part, answers, mayThank, thanked, thanks } = result.value;
  const url = new URL(request.url);
  const confirm = url.searchParams.get("confirm");
  return {
    spotlight: toSpotlightContent(spotlight, viewer !== null),
    part,
    answers,
    mayThank,
    thanked,
    thanks,
    signedIn: viewer !== null,
    confirming: confirm === "withdraw" || confirm === "delete" ? confirm : null,
    notice: NOTICES.find((n) => n === url.searchParams.get("done")) ?? null,
  };
}

/** Thank (members), agree, decline or withdraw (the colleague), delete (the author). */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const intent = formText(await request.formData(), "intent");
  const { useCases } = context.services;
  const actor = actorOf(viewer);
  const id = params.id;
  if (intent === "delete") {
    const deleted = await useCases.deleteSpotlight(actor, { id });
    if (!deleted.ok) throwUseCaseError(deleted.error);
    return redirect("/spotlights/mine?done=deleted");
  }
  if (intent === "thank") {
    const thanked = await useCases.thankSpotlight(actor, { id });
    if (!thanked.ok) throwUseCaseError(thanked.error);
    return redirect(`/spotlights/${id}?done=thanked`);
  }
  const answer = readAnswer(intent);
  if (!answer) notFound();
  const answered = await useCases.answerSpotlight(actor, { id, answer });
  if (!answered.ok) throwUseCaseError(answered.error);
  // After declining or withdrawing, the colleague no longer sees it: back to their list.
  return redirect(
    answer === "agree" ? `/spotlights/${id}?done=agree` : `/spotlights/mine?done=${answer}`,
  );
}

export default function SpotlightPage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("spotlights");
  const { spotlight, part, notice } = loaderData;
  const path = `/spotlights/${spotlight.id}`;
  // After a post (thanks, an answer) or "Delete…" asking again in place, focus goes to what the
  // page says: the button or link pressed is gone.
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(Boolean(notice));
  const deleteRef = useFocusOnArrival<HTMLDivElement>(
    part === "author" && loaderData.confirming === "delete",
  );
  return (
    <>
      <title>{`${spotlight.title} — Shelfmates`}</title>
      <p className="breadcrumb">
        <Link to="/spotlights">{t("list.title")}</Link>
      </p>
      <h1>{spotlight.title}</h1>
      {notice && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={noticeRef}>
          {t(`page.notice.${notice}`, { subject: spotlight.subject.name })}
        </p>
      )}
      {spotlight.status !== "published" && (
        <p className="notice" role="status">
          {t(`page.state.${part === "author" ? "author" : "subject"}.${spotlight.status}`, {
            subject: spotlight.subject.name,
          })}
        </p>
      )}
      <SpotlightContent spotlight={spotlight} />
      {spotlight.answeredAt && spotlight.status === "published" && (
        <p className="muted">
          {t("page.publishedOn")} <DateTime value={spotlight.answeredAt} dateOnly />
        </p>
      )}
      {part === "subject" && (
        <SpotlightAnswers
          answers={loaderData.answers}
          confirming={loaderData.confirming === "withdraw"}
          pagePath={path}
        />
      )}
      {spotlight.status === "published" && (
        <section aria-labelledby="thanks-heading">
          <h2 id="thanks-heading">{t("thanks.heading")}</h2>
          <p>{t("thanks.count", { count: spotlight.thanksCount })}</p>
          {loaderData.mayThank &&
            (loaderData.thanked ? (
              <p>{t("thanks.already")}</p>
            ) : (
              <Form method="post">
                <input type="hidden" name="intent" value="thank" />
                <button type="submit" className="button button--secondary">
                  {t("thanks.button", {
                    author: spotlight.author.name,
                    subject: spotlight.subject.name,
                  })}
                </button>
              </Form>
            ))}
          {!loaderData.signedIn && (
            <p>
              <Link to={`/sign-in?next=${encodeURIComponent(path)}`}>{t("thanks.signIn")}</Link>
            </p>
          )}
          {loaderData.thanks && loaderData.thanks.length > 0 && (
            <>
              <h3>{t("thanks.who")}</h3>
              <ul>
                {loaderData.thanks.map((thanks, i) => (
                  <li key={i}>
                    {thanks.name} · <DateTime value={thanks.createdAt} dateOnly />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {part === "author" &&
        (loaderData.confirming === "delete" ? (
          <div
            className="notice"
            role="region"
            aria-labelledby="delete-heading"
            tabIndex={-1}
            ref={deleteRef}
          >
            <h2 id="delete-heading">{t("delete.heading")}</h2>
            <p>{t("delete.confirm")}</p>
            <div className="actions">
              <Form method="post">
                <input type="hidden" name="intent" value="delete" />
                <button type="submit" className="button button--danger">
                  {t("delete.button")}
                </button>
              </Form>
              <Link to={path}>{t("delete.keep")}</Link>
            </div>
          </div>
        ) : (
          <p>
            <Link to={`${path}?confirm=delete`}>{t("delete.link")}</Link>
          </p>
        ))}
    </>
  );
}
