import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { networkFormValues } from "../../../../domain/networks/network-input.ts";
import { Field } from "../../../shared/field.tsx";
import { useFocusOnArrival, useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { NetworkForm } from "../network-form.tsx";
import { countryOptions, languageOptions } from "../option-lists.server.ts";
import { parseNetworkForm } from "../parse-network-form.ts";
import type { Route } from "./+types/organise";

const NOTICES = ["saved", "invited", "removed", "last", "campaign", "accepted"] as const;

/** An organiser's page: the network's details, its organisers and invitations, its campaigns. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getNetworkForOrganiser(actorOf(viewer), {
    slug: params.slug,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { network, organisers, pendingInvitations, campaigns } = result.value;
  const locale = requestLocale(request, viewer);
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  return {
    network: { slug: network.slug, name: network.name },
    values: networkFormValues(network),
    organisers: organisers.map((o) => ({ userId: o.userId, name: o.name, email: o.email })),
    pending: pendingInvitations.map((i) => ({ id: i.id, email: i.email })),
    campaigns: campaigns.map((c) => ({ slug: c.slug, title: c.title, status: c.status })),
    viewerId: viewer.id,
    countries: countryOptions(locale),
    languages: languageOptions(locale),
    notice: NOTICES.find((n) => n === done) ?? null,
    noticeEmail: url.searchParams.get("email") ?? "",
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const intent = formText(form, "intent");
  const actor = actorOf(viewer);
  const { useCases } = context.services;
  const base = `/networks/${params.slug}/organise`;
  if (intent === "invite") {
    const email = formText(form, "email");
    const result = await useCases.inviteNetworkOrganiser(actor, { slug: params.slug, email });
    if (!result.ok) {
      if (result.error.code === "invalid")
        return { intent, email, errors: result.error.fieldErrors };
      throwUseCaseError(result.error);
    }
    return redirect(`${base}?done=invited&email=${encodeURIComponent(result.value.email)}`);
  }
  if (intent === "confirm-remove") return { intent, confirmRemove: formText(form, "userId") };
  if (intent === "remove") {
    const result = await useCases.removeNetworkOrganiser(actor, {
      slug: params.slug,
      userId: formText(form, "userId"),
    });
    if (!result.ok) {
      if (result.error.code === "conflict") return redirect(`${base}?done=last`);
      throwUseCaseError(result.error);
    }
    return redirect(`${base}?done=removed`);
  }
  const values = parseNetworkForm(form);
  const result = await useCases.updateNetwork(actor, { slug: params.slug, values });
  if (!result.ok) {
    if (result.error.code === "invalid")
      return { intent: "details", values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`${base}?done=saved`);
}

export default function OrganiseNetwork({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  const { network } = loaderData;
  const detailsErrors = actionData?.intent === "details" ? actionData.errors : undefined;
  const detailsValues =
    actionData?.intent === "details" && "values" in actionData ? actionData.values : undefined;
  const inviteErrors = actionData?.intent === "invite" ? actionData.errors : undefined;
  const confirmRemove =
    actionData?.intent === "confirm-remove" ? actionData.confirmRemove : undefined;
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(loaderData.notice !== null);
  // "Remove" asks again in place: focus goes to the question, as the pressed button is gone.
  const confirmRef = useFocusOnShow<HTMLParagraphElement>(confirmRemove);
  return (
    <>
      <title>{t("organise.title", { network: network.name })}</title>
      <p className="breadcrumb">
        <Link to={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <h1>{t("organise.title", { network: network.name })}</h1>
      {loaderData.notice && (
        <p
          className={`notice${loaderData.notice === "last" ? "" : " notice--ok"}`}
          role="status"
          tabIndex={-1}
          ref={noticeRef}
        >
          {t(`organise.notice.${loaderData.notice}`, { email: loaderData.noticeEmail })}
        </p>
      )}

      <section aria-labelledby="organisers">
        <h2 id="organisers">{t("organise.organisers")}</h2>
        <ul>
          {loaderData.organisers.map((o) => (
            <li key={o.userId}>
              {o.name} <span className="muted">({o.email})</span>{" "}
              {loaderData.organisers.length > 1 &&
                (confirmRemove === o.userId ? (
                  <Form method="post" className="confirm">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="userId" value={o.userId} />
                    <p role="alert" tabIndex={-1} ref={confirmRef}>
                      {t("organise.confirmRemove", { name: o.name })}
                    </p>
                    <button type="submit" className="button button--danger">
                      {t("organise.removeConfirmed", { name: o.name })}
                    </button>{" "}
                    <Link to={`/networks/${network.slug}/organise`}>
                      {t("common:actions.cancel")}
                    </Link>
                  </Form>
                ) : (
                  <Form method="post" style={{ display: "inline" }}>
                    <input type="hidden" name="intent" value="confirm-remove" />
                    <input type="hidden" name="userId" value={o.userId} />
                    <button type="submit" className="link-button">
                      {o.userId === loaderData.viewerId
                        ? t("organise.stepDown")
                        : t("organise.remove", { name: o.name })}
                    </button>
                  </Form>
                ))}
            </li>
          ))}
        </ul>
        {loaderData.pending.length > 0 && (
          <>
            <h3>{t("organise.pending")}</h3>
            <ul>
              {loaderData.pending.map((i) => (
                <li key={i.id}>{i.email}</li>
              ))}
            </ul>
          </>
        )}
        <Form method="post" noValidate className="narrow">
          <input type="hidden" name="intent" value="invite" />
          <Field
            name="email"
            label={t("organise.inviteEmail")}
            hint={t("organise.inviteHint")}
            required
            error={inviteErrors?.email}
          >
            {(c) => (
              <input
                {...c}
                type="email"
                autoComplete="off"
                defaultValue={actionData?.intent === "invite" ? actionData.email : ""}
              />
            )}
          </Field>
          <button type="submit" className="button button--secondary">
            {t("organise.invite")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="campaigns">
        <h2 id="campaigns">{t("organise.campaigns")}</h2>
        {loaderData.campaigns.length === 0 ? (
          <p>{t("organise.noCampaigns")}</p>
        ) : (
          <ul>
            {loaderData.campaigns.map((c) => (
              <li key={c.slug}>
                <Link to={`/networks/${network.slug}/campaigns/${c.slug}`}>{c.title}</Link>
                {c.status === "closed" ? ` (${t("campaign.closed")})` : ""} ·{" "}
                <Link to={`/networks/${network.slug}/campaigns/${c.slug}/edit`}>
                  {t("organise.editCampaign", { title: c.title })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Link className="button button--secondary" to={`/networks/${network.slug}/campaigns/new`}>
          {t("organise.newCampaign")}
        </Link>
      </section>

      <section aria-labelledby="details">
        <h2 id="details">{t("organise.details")}</h2>
        <NetworkForm
          intent="details"
          values={detailsValues ?? loaderData.values}
          errors={detailsErrors}
          countries={loaderData.countries}
          languages={loaderData.languages}
          submitLabel={t("organise.save")}
        />
      </section>
    </>
  );
}
