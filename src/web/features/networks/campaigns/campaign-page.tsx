import { useFixedT } from "../../../shared/use-fixed-t.ts";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import { minutesToWaitFor } from "../../../shared/throttle.server.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { goalPercent } from "../../../../domain/networks/campaign-input.ts";
import {
  COMMENT_MAX,
  EMPTY_SIGNATURE_FORM,
  SIGNER_NAME_MAX,
  type SignatureFormValues,
} from "../../../../domain/networks/signature-input.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import { useFocusOnArrival, useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import { actorOf, findViewer, requestLocale } from "../../../shared/viewer.server.ts";
import { countryOptions, namesOf } from "../option-lists.server.ts";
import type { Route } from "./+types/campaign-page";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.findCampaignPage(actorOf(viewer), {
    slug: params.slug,
    campaignSlug: params.campaignSlug,
    commentsPage: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { network, campaign, confirmed, comments, organises } = result.value;
  const locale = requestLocale(request, viewer);
  return {
    page,
    network,
    organises,
    campaign: {
      slug: campaign.slug,
      title: campaign.title,
      petitionText: campaign.petitionText,
      goal: campaign.goal,
      status: campaign.status,
    },
    bodyHtml: renderMarkdown(campaign.body, 2),
    confirmed,
    comments,
    names: namesOf(
      locale,
      comments.items.map((c) => c.country),
      [],
    ),
    countries: countryOptions(locale),
    signed: url.searchParams.get("signed"),
    saved: organises && url.searchParams.get("done") === "saved",
    values: { ...EMPTY_SIGNATURE_FORM, name: viewer?.name ?? "", email: viewer?.email ?? "" },
  };
}

/** Signing: no account needed; the signature counts once confirmed from the emailed link. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await findViewer(request, context);
  const form = await request.formData();
  const values: SignatureFormValues = {
    name: formText(form, "name"),
    email: formText(form, "email"),
    country: formText(form, "country"),
    comment: formText(form, "comment"),
    commentPublic: formText(form, "commentPublic"),
  };
  // Each signing emails the address given: bounded per address and per client (issue 16).
  const wait = await minutesToWaitFor(request, context, "email", values.email.trim());
  if (wait !== null) {
    const errors: FieldErrors = { email: { key: "auth.tooManyEmails", values: { count: wait } } };
    return { values, errors, already: false };
  }
  const result = await context.services.useCases.signPetition({
    slug: params.slug,
    campaignSlug: params.campaignSlug,
    values,
    locale: requestLocale(request, viewer),
  });
  if (!result.ok) {
    if (result.error.code === "invalid")
      return { values, errors: result.error.fieldErrors, already: false };
    if (result.error.code === "conflict" && result.error.reason === "already_signed")
      return { values, errors: undefined, already: true };
    if (result.error.code === "closed")
      return redirect(`/networks/${params.slug}/campaigns/${params.campaignSlug}`);
    throwUseCaseError(result.error);
  }
  return redirect(
    `/networks/${params.slug}/campaigns/${params.campaignSlug}?signed=${encodeURIComponent(result.value.email)}#sign`,
  );
}

export default function CampaignPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  const number = useNumberFormat();
  const busy = useNavigation().state === "submitting";
  const { network, campaign, confirmed } = loaderData;
  // After a post, focus goes to what it answered (the pressed button is gone or disabled).
  const savedRef = useFocusOnArrival<HTMLParagraphElement>(loaderData.saved);
  const signedRef = useFocusOnArrival<HTMLParagraphElement>(
    loaderData.signed !== null && !actionData,
  );
  const alreadyRef = useFocusOnShow<HTMLParagraphElement>(actionData?.already ? actionData : null);
  const percent = goalPercent(confirmed, campaign.goal);
  const values = actionData?.values ?? loaderData.values;
  const errors = actionData?.errors;
  const labels: Record<string, string> = {
    name: t("sign.name"),
    email: t("sign.email"),
    country: t("sign.country"),
    comment: t("sign.comment"),
  };
  return (
    <>
      <title>{`${campaign.title} — ${network.name}`}</title>
      <p className="breadcrumb">
        <Link to={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <h1>{campaign.title}</h1>
      {loaderData.saved && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={savedRef}>
          {t("organise.notice.campaign")}
        </p>
      )}
      {loaderData.organises && (
        <p>
          <Link to={`/networks/${network.slug}/campaigns/${campaign.slug}/edit`}>
            {t("campaign.edit")}
          </Link>
        </p>
      )}
      <p className="campaign-count">
        <strong>
          {t("campaign.signatures", { count: confirmed, n: number.format(confirmed) })}
        </strong>
        {campaign.goal !== null && (
          <>
            {" "}
            {t("campaign.goal", {
              goal: number.format(campaign.goal),
              percent: number.format(percent ?? 0),
            })}
          </>
        )}
      </p>
      {percent !== null && (
        <progress max={100} value={percent} aria-label={t("campaign.progress")}>
          {number.format(percent)}%
        </progress>
      )}
      <div className="markdown" dangerouslySetInnerHTML={{ __html: loaderData.bodyHtml }} />

      <section aria-labelledby="sign" className="card">
        <h2 id="sign">{t("sign.heading")}</h2>
        <blockquote>{campaign.petitionText}</blockquote>
        {campaign.status === "closed" ? (
          <p className="notice" role="status">
            {t("sign.closed")}
          </p>
        ) : loaderData.signed && !actionData ? (
          <p className="notice notice--ok" role="status" tabIndex={-1} ref={signedRef}>
            {t("sign.checkEmail", { email: loaderData.signed })}
          </p>
        ) : (
          <Form method="post" noValidate className="narrow">
            {actionData?.already && (
              <p className="notice" role="alert" tabIndex={-1} ref={alreadyRef}>
                {t("sign.already", { email: values.email })}
              </p>
            )}
            <ErrorSummary errors={errors} labels={labels} />
            <Field
              name="name"
              label={labels.name!}
              hint={t("sign.nameHint")}
              required
              error={errors?.name}
            >
              {(c) => (
                <input
                  {...c}
                  type="text"
                  autoComplete="name"
                  maxLength={SIGNER_NAME_MAX}
                  defaultValue={values.name}
                />
              )}
            </Field>
            <Field
              name="email"
              label={labels.email!}
              hint={t("sign.emailHint")}
              required
              error={errors?.email}
            >
              {(c) => (
                <input {...c} type="email" autoComplete="email" defaultValue={values.email} />
              )}
            </Field>
            <Field name="country" label={labels.country!} required error={errors?.country}>
              {(c) => (
                <select {...c} defaultValue={values.country}>
                  <option value="">{t("form.choose")}</option>
                  {loaderData.countries.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="comment" label={labels.comment!} error={errors?.comment}>
              {(c) => (
                <textarea {...c} rows={3} maxLength={COMMENT_MAX} defaultValue={values.comment} />
              )}
            </Field>
            <div className="choice">
              <input
                id="field-commentPublic"
                name="commentPublic"
                type="checkbox"
                defaultChecked={values.commentPublic === "on"}
              />
              <label htmlFor="field-commentPublic">{t("sign.commentPublic")}</label>
            </div>
            <div className="actions">
              <button type="submit" className="button" disabled={busy}>
                {t("sign.submit")}
              </button>
            </div>
          </Form>
        )}
      </section>

      <section aria-labelledby="comments">
        <h2 id="comments">{t("campaign.comments")}</h2>
        {loaderData.comments.total === 0 ? (
          <p>{t("campaign.noComments")}</p>
        ) : (
          <>
            <ul className="petition-comments">
              {loaderData.comments.items.map((c) => (
                <li key={c.id}>
                  <p>{c.comment}</p>
                  <p className="muted">
                    {c.name}, {loaderData.names.countries[c.country] ?? c.country} ·{" "}
                    <DateTime value={c.confirmedAt} dateOnly />
                  </p>
                </li>
              ))}
            </ul>
            <Pagination page={loaderData.page} total={loaderData.comments.total} />
          </>
        )}
      </section>
    </>
  );
}
