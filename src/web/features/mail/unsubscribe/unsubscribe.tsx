import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import type { Route } from "./+types/unsubscribe";

// The link is a bearer token for one address: keep it out of caches and other sites' logs.
export const headers: Route.HeadersFunction = () => ({
  "Referrer-Policy": "same-origin",
  "Cache-Control": "private, no-store",
});

/** Opening the link shows what it would stop; only the page's POST changes anything. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const link = await context.services.useCases.readUnsubscribeLink(params.token);
  if (!link.ok) throwUseCaseError(link.error);
  return { ...link.value, done: null as "stopped" | "restarted" | null };
}

/**
 * The page's buttons, and RFC 8058's one-click POST from a mail client (its body is
 * "List-Unsubscribe=One-Click", with no other field: that means stop).
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const form = await request.formData();
  const receive = form.get("receive") === "yes";
  const answered = await context.services.useCases.answerUnsubscribeLink(params.token, receive);
  if (!answered.ok) throwUseCaseError(answered.error);
  return { ...answered.value, done: receive ? ("restarted" as const) : ("stopped" as const) };
}

export default function Unsubscribe({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("email");
  const link = actionData ?? loaderData;
  const kind = t(`unsubscribe.kind.${link.kind}`);
  return (
    <>
      <title>{t("unsubscribe.title")}</title>
      <h1>{t("unsubscribe.title")}</h1>
      {link.done && (
        <p role="status" className="notice">
          {t(link.done === "stopped" ? "unsubscribe.stopped" : "unsubscribe.restarted", {
            kind,
            email: link.email,
          })}
        </p>
      )}
      <p>
        {t(link.receiving ? "unsubscribe.receiving" : "unsubscribe.notReceiving", {
          kind,
          email: link.email,
        })}
      </p>
      <Form method="post">
        <input type="hidden" name="receive" value={link.receiving ? "no" : "yes"} />
        <button type="submit">
          {t(link.receiving ? "unsubscribe.stop" : "unsubscribe.restart", { kind })}
        </button>
      </Form>
      <p className="muted">{t("unsubscribe.others")}</p>
    </>
  );
}
