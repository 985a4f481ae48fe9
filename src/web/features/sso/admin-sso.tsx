import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";
import { ErrorSummary, Field } from "../../shared/field.tsx";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { DiscoveryCheck } from "../../../use-cases/sso/check-sso-discovery.ts";
import type { Route } from "./+types/admin-sso";

/** Administrators: the association's provider (decision 0022); 404 for anyone else. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getSsoSettings(actorOf(viewer));
  if (!result.ok) throwUseCaseError(result.error);
  return {
    ...result.value,
    // What to register at the provider as the redirect URI.
    callbackUrl: `${context.services.baseUrl}/api/auth/callback/sso`,
    saved: new URL(request.url).searchParams.get("saved") === "1",
  };
}

interface Typed {
  name: string;
  issuer: string;
  clientId: string;
  publicClient: boolean;
  enabled: boolean;
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const typed: Typed = {
    name: formText(form, "name"),
    issuer: formText(form, "issuer"),
    clientId: formText(form, "clientId"),
    publicClient: form.get("publicClient") === "1",
    enabled: form.get("enabled") === "1",
  };
  const { useCases } = context.services;
  if (formText(form, "intent") === "test") {
    const checked = await useCases.checkSsoDiscovery(actorOf(viewer), { issuer: typed.issuer });
    if (checked.ok) return { typed, discovery: checked.value, errors: undefined };
    if (checked.error.code === "invalid")
      return { typed, discovery: undefined, errors: checked.error.fieldErrors };
    throwUseCaseError(checked.error);
  }
  const saved = await useCases.saveSsoSettings(actorOf(viewer), {
    ...typed,
    clientSecret: formText(form, "clientSecret"),
  });
  if (saved.ok) return redirect("/admin/sso?saved=1");
  if (saved.error.code === "invalid")
    return { typed, discovery: undefined, errors: saved.error.fieldErrors };
  throwUseCaseError(saved.error);
}

function DiscoveryResult({ check }: { check: DiscoveryCheck }) {
  const t = useFixedT("sso");
  const usable = check.outcome === "usable";
  return (
    <div className={`notice ${usable ? "notice--ok" : "notice--error"}`} role="status">
      <p>
        {usable
          ? t("discovery.usable", { url: check.url })
          : t(`discovery.${check.outcome}`, {
              url: check.url,
              status: check.outcome === "status" ? check.status : "",
            })}
      </p>
      {check.outcome === "usable" && (
        <dl>
          <dt>{t("discovery.issuer")}</dt>
          <dd>
            <code>{check.issuer}</code>
          </dd>
          <dt>{t("discovery.authorizationEndpoint")}</dt>
          <dd>
            <code>{check.authorizationEndpoint}</code>
          </dd>
        </dl>
      )}
    </div>
  );
}

export default function AdminSso({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("sso");
  const busy = useNavigation().state === "submitting";
  const { environment, stored } = loaderData;
  const errors = actionData?.errors;
  const typed: Typed = actionData?.typed ?? {
    name: stored?.name ?? "",
    issuer: stored?.issuer ?? "",
    clientId: stored?.clientId ?? "",
    publicClient: false,
    enabled: stored?.enabled ?? false,
  };
  const labels = {
    name: t("admin.name"),
    issuer: t("admin.issuer"),
    clientId: t("admin.clientId"),
    clientSecret: t("admin.clientSecret"),
    form: "",
  };
  const inForce = environment ? "environment" : stored?.enabled ? "administrator" : "off";
  return (
    <div className="narrow">
      <title>{t("admin.title")}</title>
      <p>
        <Link to="/account">{t("admin.back")}</Link>
      </p>
      <h1>{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      {loaderData.saved && (
        <p className="notice notice--ok" role="status">
          {t("admin.saved")}
        </p>
      )}
      <p>
        <strong>
          {t(`admin.inForce.${inForce}`, { name: environment?.name ?? stored?.name })}
        </strong>
      </p>
      {environment && (
        <section aria-labelledby="sso-environment">
          <h2 id="sso-environment">{t("admin.environmentTitle")}</h2>
          <p className="notice notice--warn">{t("admin.environmentWins")}</p>
          <dl>
            <dt>{t("admin.name")}</dt>
            <dd>
              <bdi>{environment.name}</bdi>
            </dd>
            <dt>{t("admin.issuer")}</dt>
            <dd>
              <code>{environment.issuer}</code>
            </dd>
            <dt>{t("admin.clientId")}</dt>
            <dd>
              <code>{environment.clientId}</code>
            </dd>
          </dl>
        </section>
      )}
      <p>
        {t("admin.callback")} <code>{loaderData.callbackUrl}</code>
      </p>
      <h2>{environment ? t("admin.storedTitleUnused") : t("admin.storedTitle")}</h2>
      {stored && (
        <p className="muted">
          {t("admin.updated")} <DateTime value={stored.updatedAt} />
        </p>
      )}
      {actionData?.discovery && <DiscoveryResult check={actionData.discovery} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <Field name="name" label={labels.name} hint={t("admin.nameHint")} error={errors?.name}>
          {(c) => <input {...c} type="text" maxLength={60} defaultValue={typed.name} />}
        </Field>
        <Field
          name="issuer"
          label={labels.issuer}
          hint={t("admin.issuerHint")}
          error={errors?.issuer}
          required
        >
          {(c) => (
            <input
              {...c}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              defaultValue={typed.issuer}
            />
          )}
        </Field>
        <Field name="clientId" label={labels.clientId} error={errors?.clientId} required>
          {(c) => (
            <input
              {...c}
              type="text"
              autoComplete="off"
              spellCheck={false}
              defaultValue={typed.clientId}
            />
          )}
        </Field>
        <Field
          name="clientSecret"
          label={labels.clientSecret}
          hint={stored?.hasSecret ? t("admin.secretKept") : t("admin.secretHint")}
          error={errors?.clientSecret}
        >
          {/* Never filled in: the stored secret is not sent back to any page. */}
          {(c) => <input {...c} type="password" autoComplete="new-password" defaultValue="" />}
        </Field>
        {stored?.hasSecret && (
          <div className="choice field">
            <input
              type="checkbox"
              id="publicClient"
              name="publicClient"
              value="1"
              defaultChecked={typed.publicClient}
            />
            <label htmlFor="publicClient">{t("admin.forgetSecret")}</label>
          </div>
        )}
        <div className="choice field">
          <input
            type="checkbox"
            id="enabled"
            name="enabled"
            value="1"
            defaultChecked={typed.enabled}
          />
          <label htmlFor="enabled">{t("admin.enabled")}</label>
        </div>
        <div className="actions">
          <button type="submit" name="intent" value="save" className="button" disabled={busy}>
            {t("admin.save")}
          </button>
          <button
            type="submit"
            name="intent"
            value="test"
            className="button button--secondary"
            disabled={busy}
          >
            {t("admin.test")}
          </button>
        </div>
      </Form>
    </div>
  );
}
