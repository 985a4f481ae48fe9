import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import { CHAPTER_BODY_MAX, CHAPTER_TITLE_MAX } from "../../../../domain/guides/guide-input.ts";
import { diffLines, type DiffLine } from "../../../../domain/guides/line-diff.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { useFocusOnArrival, useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import guidesCss from "../guides.css?url";
import { LineDiffView } from "../line-diff-view.tsx";
import type { Route } from "./+types/chapter-edit";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: guidesCss }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getChapterForEditing(actorOf(viewer), {
    slug: params.slug,
    chapterId: params.chapterId,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const saved = Number(new URL(request.url).searchParams.get("saved"));
  const { guide, chapter } = result.value;
  return {
    guide: { slug: guide.slug, title: guide.title },
    chapter: { title: chapter.title, body: chapter.body, version: chapter.version },
    saved: Number.isInteger(saved) && saved > 0 ? saved : null,
  };
}

interface Conflict {
  theirs: { version: number; authorName: string; createdAt: Date; title: string; body: string };
  yours: { title: string; body: string };
  lines: DiffLine[];
}

type ActionData = {
  values: { title: string; body: string };
  baseVersion: number;
  merge: boolean;
  errors?: FieldErrors;
  conflict?: Conflict;
};

/** Both texts, line by line in diff order: nothing of either is dropped from the draft. */
function bothTexts(lines: readonly DiffLine[]): string {
  return lines.map((l) => l.text).join("\n");
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const values = { title: formText(form, "title"), body: formText(form, "body") };
  const baseVersion = Number(formText(form, "baseVersion"));
  const merge = formText(form, "merge") === "yes";
  const result = await context.services.useCases.saveChapter(actorOf(viewer), {
    slug: params.slug,
    chapterId: params.chapterId,
    baseVersion: Number.isInteger(baseVersion) ? baseVersion : -1,
    values,
    merge,
  });
  if (!result.ok) {
    if (result.error.code === "invalid")
      return { values, baseVersion, merge, errors: result.error.fieldErrors } satisfies ActionData;
    throwUseCaseError(result.error);
  }
  const outcome = result.value;
  if (outcome.status === "saved")
    return redirect(`/guides/${params.slug}/write/${params.chapterId}?saved=${outcome.version}`);
  const { current, yours } = outcome;
  const lines = diffLines(current.body, yours.body);
  return {
    values: { title: yours.title, body: bothTexts(lines) },
    baseVersion: current.version,
    merge: true,
    conflict: {
      theirs: {
        version: current.version,
        authorName: current.authorName,
        createdAt: current.createdAt,
        title: current.title,
        body: current.body,
      },
      yours,
      lines,
    },
  } satisfies ActionData;
}

/** A writer edits a chapter; if someone saved meanwhile, both texts are shown to merge. */
export default function ChapterEditPage({ loaderData, actionData, params }: Route.ComponentProps) {
  const t = useFixedT("guides");
  const busy = useNavigation().state === "submitting";
  const { guide, chapter, saved } = loaderData;
  const values = actionData?.values ?? { title: chapter.title, body: chapter.body };
  const baseVersion = actionData?.baseVersion ?? chapter.version;
  const merge = actionData?.merge ?? false;
  const conflict = actionData?.conflict;
  const labels = { title: t("edit.fields.title"), body: t("edit.fields.body") };
  const heading = t("edit.title", { title: chapter.title });
  // After saving: focus goes to "Saved as version n", or to the texts to merge when someone
  // saved meanwhile (the pressed button was disabled, which dropped focus on the body).
  const savedRef = useFocusOnArrival<HTMLParagraphElement>(saved !== null && !actionData);
  const conflictRef = useFocusOnShow<HTMLElement>(conflict);
  return (
    <>
      <title>{`${heading} — ${guide.title} — Shelfmates`}</title>
      <p>
        <Link to={`/guides/${guide.slug}/write`}>{t("edit.back")}</Link>
      </p>
      <h1>{heading}</h1>
      {saved !== null && !actionData && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={savedRef}>
          {t("edit.saved", { version: saved })}
        </p>
      )}
      {conflict && (
        <section
          className="card"
          role="alert"
          aria-labelledby="conflict-heading"
          tabIndex={-1}
          ref={conflictRef}
        >
          <h2 id="conflict-heading">{t("edit.conflictTitle")}</h2>
          <p>
            {t("edit.conflictIntro", {
              name: conflict.theirs.authorName || t("edit.someone"),
              version: conflict.theirs.version,
            })}
          </p>
          <p className="hint">
            {t("edit.savedAt")} <DateTime value={conflict.theirs.createdAt} />
          </p>
          <h3>{t("edit.differences")}</h3>
          <p className="hint">{t("edit.diffLegend")}</p>
          <LineDiffView lines={conflict.lines} label={t("edit.differences")} />
          <div className="conflict-texts">
            <div>
              <h3>{t("edit.theirs", { name: conflict.theirs.authorName || t("edit.someone") })}</h3>
              <pre tabIndex={0}>{conflict.theirs.body}</pre>
            </div>
            <div>
              <h3>{t("edit.yours")}</h3>
              <pre tabIndex={0}>{conflict.yours.body}</pre>
            </div>
          </div>
        </section>
      )}
      {!conflict && chapter.version > 0 && (
        <p className="hint">{t("edit.startedFrom", { version: chapter.version })}</p>
      )}
      <Form
        method="post"
        noValidate
        className="guide-body"
        key={`${baseVersion}-${merge ? "merge" : "edit"}`}
      >
        <ErrorSummary errors={actionData?.errors} labels={labels} />
        <input type="hidden" name="baseVersion" value={baseVersion} />
        {merge && <input type="hidden" name="merge" value="yes" />}
        <Field name="title" label={labels.title} required error={actionData?.errors?.title}>
          {(c) => (
            <input {...c} type="text" maxLength={CHAPTER_TITLE_MAX} defaultValue={values.title} />
          )}
        </Field>
        <Field
          name="body"
          label={labels.body}
          hint={t("edit.fields.bodyHint")}
          error={actionData?.errors?.body}
        >
          {(c) => (
            <textarea {...c} rows={22} maxLength={CHAPTER_BODY_MAX} defaultValue={values.body} />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t(merge ? "edit.saveMerged" : "edit.save")}
          </button>
          <Link to={`/guides/${guide.slug}/write/${params.chapterId}/history`}>
            {t("edit.history")}
          </Link>
        </div>
      </Form>
    </>
  );
}
