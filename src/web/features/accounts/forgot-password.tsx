import { useFixedT } from "../../shared/use-fixed-t.ts";
import { useEffect, useRef } from "react";
import { Form } from "react-router";
import { Field } from "../../shared/field.tsx";
import type { Route } from "./+types/forgot-password";
import { formText } from "../../shared/form-data.ts";
import { orTooMany } from "../../shared/auth-response.server.ts";
import { useFocusOnShow } from "../../shared/use-focus-on-show.ts";

export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const email = formText(form, "email").trim().toLowerCase();
  if (!email.includes("@") || email.length > 254) return { email, error: "errors.email" };
  const { services } = context;
  // The answer is the same whether or not the account exists, so nobody can probe emails
  // (the limits count requests for an address, not accounts). The email follows this
  // page's language (page-headers.ts).
  const asked = await orTooMany(
    services.auth.withPageHeaders(request.headers, () =>
      services.auth.api.requestPasswordReset({
        body: { email, redirectTo: `${services.baseUrl}/reset-password` },
        headers: request.headers,
      }),
    ),
  ).catch(() => null);
  if (asked && "waitMinutes" in asked)
    return { email, error: "auth.tooManyEmails", wait: asked.waitMinutes };
  services.pokeMailer();
  return { email, sent: true };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useFixedT();
  // After a post the busy button loses focus: it goes to what the post answered, the sent
  // notice or the refused address (whose error the field's description reads out).
  const sentRef = useFocusOnShow<HTMLParagraphElement>(actionData);
  const emailRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (actionData?.error) emailRef.current?.focus();
  }, [actionData]);
  return (
    <div className="narrow">
      <title>{t("auth.forgotTitle")}</title>
      <h1>{t("auth.forgotTitle")}</h1>
      {actionData && "sent" in actionData ? (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={sentRef}>
          {t("auth.forgotSent", { email: actionData.email })}
        </p>
      ) : (
        <Form method="post">
          <p>{t("auth.forgotHelp")}</p>
          <Field
            name="email"
            label={t("auth.email")}
            required
            error={
              actionData?.error
                ? {
                    key: actionData.error,
                    values:
                      "wait" in actionData && actionData.wait
                        ? { count: actionData.wait }
                        : undefined,
                  }
                : undefined
            }
          >
            {(c) => (
              <input
                {...c}
                ref={emailRef}
                type="email"
                autoComplete="email"
                defaultValue={actionData?.email}
              />
            )}
          </Field>
          <button type="submit" className="button">
            {t("auth.forgotButton")}
          </button>
        </Form>
      )}
    </div>
  );
}
