import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, data } from "react-router";
import type { UseCaseError } from "../../../../use-cases/result.ts";
import { useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import type { Route } from "./+types/signature-confirm";

// The link is a key in the URL: keep it out of caches and of Referer headers to other sites.
export const headers: Route.HeadersFunction = () => ({
  "Referrer-Policy": "same-origin",
  "Cache-Control": "private, no-store",
});

function linkProblem(error: UseCaseError) {
  if (error.code === "closed") return data({ state: "expired" as const }, { status: 410 });
  return data({ state: "invalid" as const }, { status: 404 });
}

/** Opening the emailed link shows a button; reading changes nothing (mail scanners open links). */
export async function loader({ context, params }: Route.LoaderArgs) {
  const found = await context.services.useCases.findSignatureByLink({ token: params.token });
  if (!found.ok) return linkProblem(found.error);
  return { state: "found" as const, signature: found.value, newlyConfirmed: false };
}

export async function action({ context, params }: Route.ActionArgs) {
  const result = await context.services.useCases.confirmPetitionSignature({ token: params.token });
  if (!result.ok) return linkProblem(result.error);
  return {
    state: "found" as const,
    signature: result.value,
    newlyConfirmed: result.value.newlyConfirmed,
  };
}

export default function SignatureConfirm({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  const shown = actionData ?? loaderData;
  // The confirm button is replaced by its answer: focus goes to it.
  const answerRef = useFocusOnShow<HTMLParagraphElement>(actionData);
  if (shown.state !== "found")
    return (
      <>
        <title>{t("confirm.title")}</title>
        <h1>{t("confirm.title")}</h1>
        <p className="notice" role="status" tabIndex={-1} ref={answerRef}>
          {t(`confirm.${shown.state}`)}
        </p>
      </>
    );
  const s = shown.signature;
  const campaignUrl = `/networks/${s.networkSlug}/campaigns/${s.campaignSlug}`;
  return (
    <>
      <title>{t("confirm.title")}</title>
      <h1>{t("confirm.title")}</h1>
      <p>
        {t("confirm.intro", { name: s.name, campaign: s.campaignTitle, network: s.networkName })}
      </p>
      {s.confirmed ? (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={answerRef}>
          {shown.newlyConfirmed ? t("confirm.thanks") : t("confirm.already")}{" "}
          <Link to={campaignUrl}>{t("confirm.back")}</Link>
        </p>
      ) : s.closed ? (
        <p className="notice" role="status" tabIndex={-1} ref={answerRef}>
          {t("confirm.closed")}
        </p>
      ) : (
        <Form method="post">
          <button type="submit" className="button">
            {t("confirm.button")}
          </button>
        </Form>
      )}
    </>
  );
}
