import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useLocation } from "react-router";
import {
  CHAPTER_TITLE_MAX,
  GUIDE_SUMMARY_MAX,
  GUIDE_TITLE_MAX,
} from "../../../../domain/guides/guide-input.ts";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { useFocusOnArrival } from "../../../shared/use-focus-on-show.ts";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { Authors, ChapterState } from "../chapter-state.tsx";
import guidesCss from "../guides.css?url";
import type { Route } from "./+types/round-guide";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: guidesCss }];

const NOTICES = new Set(["started", "details", "added", "published"]);

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getRoundGuide(actorOf(viewer), {
    roundId: params.roundId,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const notice = new URL(request.url).searchParams.get("done");
  return { ...result.value, notice: notice && NOTICES.has(notice) ? notice : null };
}

type ActionData = { form: string; errors: FieldErrors; values: Record<string, string> };

/** Start the guide, change its title, add and move chapters, publish. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const actor = actorOf(viewer);
  const { useCases } = context.services;
  const form = await request.formData();
  const intent = formText(form, "intent");
  const here = `/facilitate/rounds/${params.roundId}/guide`;
  const values = { title: formText(form, "title"), summary: formText(form, "summary") };
  const slug = formText(form, "slug");
  const invalid = (errors: FieldErrors): ActionData => ({ form: intent, errors, values });
  if (intent === "start") {
    const result = await useCases.startGuide(actor, { roundId: params.roundId, values });
    if (!result.ok && result.error.code === "invalid") return invalid(result.error.fieldErrors);
    if (!result.ok && result.error.code !== "conflict") throwUseCaseError(result.error);
    return redirect(`${here}?done=started`);
  }
  if (intent === "details") {
    const result = await useCases.updateGuideDetails(actor, { slug, values });
    if (!result.ok && result.error.code === "invalid") return invalid(result.error.fieldErrors);
    if (!result.ok) throwUseCaseError(result.error);
    return redirect(`${here}?done=details`);
  }
  if (intent === "add") {
    const result = await useCases.addChapter(actor, { slug, title: values.title });
    if (!result.ok && result.error.code === "invalid") return invalid(result.error.fieldErrors);
    if (!result.ok) throwUseCaseError(result.error);
    return redirect(`${here}?done=added#chapters`);
  }
  if (intent === "up" || intent === "down") {
    const chapterId = formText(form, "chapterId");
    const result = await useCases.moveChapter(actor, { slug, chapterId, direction: intent });
    if (!result.ok) throwUseCaseError(result.error);
    // Back with the moved chapter named, so focus returns to its arrow (moving it dropped focus).
    return redirect(`${here}?moved=${encodeURIComponent(`${chapterId}:${intent}`)}#chapters`);
  }
  const result = await useCases.publishGuide(actor, {
    slug,
    confirmed: form.get("confirm") === "yes",
  });
  if (!result.ok && result.error.code === "invalid") return invalid(result.error.fieldErrors);
  if (!result.ok && result.error.code === "conflict")
    return invalid({ confirm: { key: "guides:facilitate.nothingWritten" } });
  if (!result.ok) throwUseCaseError(result.error);
  return redirect(`${here}?done=published`);
}

/**
 * The arrow to focus after a chapter moved ("<id>:up"): the one pressed, or the other one when
 * the chapter reached the top or the bottom and the pressed arrow is gone.
 */
function movedArrow(search: string, chapterIds: string[]): string | null {
  const [id, direction] = (new URLSearchParams(search).get("moved") ?? "").split(":");
  const index = chapterIds.indexOf(id ?? "");
  if (index < 0 || (direction !== "up" && direction !== "down")) return null;
  const atEnd = direction === "up" ? index === 0 : index === chapterIds.length - 1;
  if (!atEnd) return `${id}:${direction}`;
  return chapterIds.length > 1 ? `${id}:${direction === "up" ? "down" : "up"}` : null;
}

export default function RoundGuidePage({ loaderData, actionData, params }: Route.ComponentProps) {
  const t = useFixedT("guides");
  const { workspace, roundName, notice } = loaderData;
  const errorsFor = (form: string) => (actionData?.form === form ? actionData.errors : undefined);
  const valuesFor = (form: string, fallback: Record<string, string>) =>
    actionData?.form === form ? actionData.values : fallback;
  const heading = t("facilitate.title", { round: roundName });
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(notice !== null);
  const moved = movedArrow(useLocation().search, workspace?.chapters.map((c) => c.id) ?? []);
  const movedRef = useFocusOnArrival<HTMLButtonElement>(moved !== null);
  return (
    <>
      <title>{`${heading} — Shelfmates`}</title>
      <p>
        <Link to={`/facilitate/rounds/${params.roundId}`}>{roundName}</Link>
      </p>
      <h1>{heading}</h1>
      <p>{t("facilitate.intro")}</p>
      {notice && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={noticeRef}>
          {t(
            notice === "started"
              ? "facilitate.started"
              : notice === "details"
                ? "facilitate.detailsSaved"
                : notice === "added"
                  ? "facilitate.chapterAdded"
                  : "facilitate.published",
          )}
        </p>
      )}
      {!workspace ? (
        <section aria-labelledby="start-heading">
          <h2 id="start-heading">{t("facilitate.startTitle")}</h2>
          <GuideDetailsForm
            intent="start"
            slug=""
            values={valuesFor("start", { title: "", summary: "" })}
            errors={errorsFor("start")}
            submit={t("facilitate.startSubmit")}
          />
        </section>
      ) : (
        <>
          <p className="actions">
            <Link className="button" to={`/guides/${workspace.guide.slug}/write`}>
              {t("facilitate.writingPage")}
            </Link>
            {workspace.guide.status === "published" && (
              <Link to={`/guides/${workspace.guide.slug}`}>{t("facilitate.publicPage")}</Link>
            )}
          </p>
          <p className="hint">
            {t("facilitate.writingPageHint")} <code>/guides/{workspace.guide.slug}/write</code>
          </p>

          <section aria-labelledby="chapters" className="guide-screen-only">
            <h2 id="chapters">{t("facilitate.chaptersTitle")}</h2>
            {workspace.chapters.length === 0 ? (
              <p>{t("facilitate.noChapters")}</p>
            ) : (
              <ol className="guide-chapter-list">
                {workspace.chapters.map((chapter, i) => (
                  <li key={chapter.id}>
                    <Link to={`/guides/${workspace.guide.slug}/write/${chapter.id}`}>
                      {chapter.title}
                    </Link>
                    <span className="guide-chapter-meta">
                      <ChapterState chapter={chapter} /> ·{" "}
                      <Authors names={chapter.authors.map((a) => a.creditName)} />
                    </span>
                    <span className="guide-move">
                      {(["up", "down"] as const).map((direction) =>
                        (direction === "up" ? i > 0 : i < workspace.chapters.length - 1) ? (
                          <Form method="post" key={direction}>
                            <input type="hidden" name="slug" value={workspace.guide.slug} />
                            <input type="hidden" name="chapterId" value={chapter.id} />
                            <button
                              type="submit"
                              name="intent"
                              value={direction}
                              ref={moved === `${chapter.id}:${direction}` ? movedRef : undefined}
                              className="button button--secondary button--small"
                              aria-label={t(
                                direction === "up" ? "facilitate.moveUp" : "facilitate.moveDown",
                                { title: chapter.title },
                              )}
                            >
                              {direction === "up" ? "↑" : "↓"}
                            </button>
                          </Form>
                        ) : null,
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <Form method="post" noValidate className="filters">
              <input type="hidden" name="intent" value="add" />
              <input type="hidden" name="slug" value={workspace.guide.slug} />
              <Field
                name="title"
                label={t("facilitate.fields.chapterTitle")}
                required
                error={errorsFor("add")?.title}
              >
                {(c) => (
                  <input
                    {...c}
                    type="text"
                    maxLength={CHAPTER_TITLE_MAX}
                    defaultValue={valuesFor("add", { title: "" }).title}
                  />
                )}
              </Field>
              <button type="submit" className="button button--secondary">
                {t("facilitate.addChapter")}
              </button>
            </Form>
          </section>

          <section aria-labelledby="publish-heading">
            <h2 id="publish-heading">{t("facilitate.publishTitle")}</h2>
            {workspace.guide.publishedAt && (
              <p>
                {t("facilitate.publishedOn")}{" "}
                <DateTime value={workspace.guide.publishedAt} dateOnly />
              </p>
            )}
            <p>{t("facilitate.publishHint")}</p>
            <Form method="post" noValidate className="card">
              <input type="hidden" name="intent" value="publish" />
              <input type="hidden" name="slug" value={workspace.guide.slug} />
              <ErrorSummary errors={errorsFor("publish")} labels={{}} />
              <Field
                name="confirm"
                label={t("facilitate.publishConfirm")}
                required
                error={errorsFor("publish")?.confirm}
              >
                {(c) => <input {...c} type="checkbox" value="yes" />}
              </Field>
              <button type="submit" className="button">
                {t(
                  workspace.guide.status === "published"
                    ? "facilitate.republish"
                    : "facilitate.publish",
                )}
              </button>
            </Form>
          </section>

          <section aria-labelledby="details-heading">
            <h2 id="details-heading">{t("facilitate.detailsTitle")}</h2>
            <GuideDetailsForm
              intent="details"
              slug={workspace.guide.slug}
              values={valuesFor("details", {
                title: workspace.guide.title,
                summary: workspace.guide.summary,
              })}
              errors={errorsFor("details")}
              submit={t("facilitate.detailsSubmit")}
            />
          </section>
        </>
      )}
    </>
  );
}

function GuideDetailsForm(props: {
  intent: string;
  slug: string;
  values: Record<string, string>;
  errors: FieldErrors | undefined;
  submit: string;
}) {
  const t = useFixedT("guides");
  const labels = {
    title: t("facilitate.fields.title"),
    summary: t("facilitate.fields.summary"),
  };
  return (
    <Form method="post" noValidate className="narrow">
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="slug" value={props.slug} />
      <ErrorSummary errors={props.errors} labels={labels} />
      <Field name="title" label={labels.title} required error={props.errors?.title}>
        {(c) => (
          <input
            {...c}
            type="text"
            maxLength={GUIDE_TITLE_MAX}
            defaultValue={props.values.title ?? ""}
          />
        )}
      </Field>
      <Field
        name="summary"
        label={labels.summary}
        hint={t("facilitate.fields.summaryHint")}
        error={props.errors?.summary}
      >
        {(c) => (
          <textarea
            {...c}
            rows={4}
            maxLength={GUIDE_SUMMARY_MAX}
            defaultValue={props.values.summary ?? ""}
          />
        )}
      </Field>
      <button type="submit" className="button">
        {props.submit}
      </button>
    </Form>
  );
}
