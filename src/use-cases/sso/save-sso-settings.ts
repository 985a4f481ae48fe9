import { toFieldErrors, type FieldErrors } from "../../domain/field-errors.ts";
import {
  defaultSsoName,
  ssoProviderInputSchema,
  type SsoProviderInput,
} from "../../domain/sso/sso-provider.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { discover } from "./check-sso-discovery.ts";
import type { SsoDeps } from "./sso-ports.ts";

/** The schema's own messages ("sso:errors.…") are keys too, not just common "errors.…". */
function fieldErrorsOf(error: Parameters<typeof toFieldErrors>[0]): FieldErrors {
  const errors = toFieldErrors(error);
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    if (issue.message.startsWith("sso:") && errors[field]?.key === "errors.invalid")
      errors[field] = { key: issue.message };
  }
  return errors;
}

/**
 * An administrator sets the association's provider. A blank secret keeps the stored one;
 * a typed one is sealed before it is written and never read back to a page. Turning it on
 * (or moving it to another issuer while on) asks the issuer first: a provider whose discovery
 * document does not answer stays off, said beside the issuer.
 */
export async function saveSsoSettings(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids"> & SsoDeps,
  actor: Actor | null,
  input: SsoProviderInput,
): Promise<Result<{ enabled: boolean }>> {
  const sso = deps.sso;
  if (actor?.role !== "admin" || !sso) return fail({ code: "not_found" });
  const parsed = ssoProviderInputSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", fieldErrors: fieldErrorsOf(parsed.error) });
  const form = parsed.data;
  const before = await deps.uow.read.ssoProviders.find();
  if (form.enabled && !(before?.enabled && before.issuer === form.issuer)) {
    const discovery = await discover(sso, form.issuer);
    if (discovery.outcome !== "usable")
      return fail({
        code: "invalid",
        fieldErrors: {
          issuer: { key: "sso:errors.discoveryFailed", values: { url: discovery.url } },
        },
      });
  }
  const typedSecret = form.clientSecret.trim();
  const clientSecretSealed = form.publicClient
    ? ""
    : typedSecret
      ? sso.secrets.seal(typedSecret)
      : (before?.clientSecretSealed ?? "");
  const now = deps.clock.now();
  await deps.uow.transaction(async (repositories) => {
    await repositories.ssoProviders.save({
      name: form.name || defaultSsoName(form.issuer),
      issuer: form.issuer,
      clientId: form.clientId,
      clientSecretSealed,
      enabled: form.enabled,
      updatedAt: now,
      updatedBy: actor.userId,
    });
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "sso.provider_saved",
      subjectType: "sso_provider",
      subjectId: "association",
      // Never the secret: only whether it changed.
      data: {
        issuer: form.issuer,
        clientId: form.clientId,
        enabled: form.enabled,
        secretChanged: clientSecretSealed !== (before?.clientSecretSealed ?? ""),
      },
      createdAt: now,
    });
  });
  return ok({ enabled: form.enabled });
}
