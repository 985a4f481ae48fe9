import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";
import { notFound } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/mail-message";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  if (context.services.mailTransport !== "dev-mailbox") notFound();
  const email = await context.services.useCases.findDevMail(actorOf(viewer), params.emailId);
  if (!email) notFound();
  return {
    email: {
      to: email.toAddress,
      subject: email.subject,
      text: email.bodyText,
      html: email.bodyHtml,
      status: email.status,
      createdAt: email.createdAt,
      locale: email.locale,
    },
  };
}

export default function MailMessage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("email");
  const { email } = loaderData;
  return (
    <>
      <title>{email.subject}</title>
      <p>
        <Link to="/dev/mail">{t("devMail.back")}</Link>
      </p>
      <h1>{email.subject}</h1>
      <dl className="details">
        <dt>{t("devMail.recipient")}</dt>
        <dd>{email.to}</dd>
        <dt>{t("devMail.when")}</dt>
        <dd>
          <DateTime value={email.createdAt} />
        </dd>
        <dt>{t("devMail.status")}</dt>
        <dd>{email.status === "kept" ? t("devMail.kept") : email.status}</dd>
        <dt>{t("devMail.language")}</dt>
        <dd>{email.locale}</dd>
      </dl>
      <h2>{t("devMail.html")}</h2>
      {/* The HTML body is shown in a sandboxed frame: no scripts, no access to this page. */}
      <iframe className="mail-body" title={t("devMail.html")} sandbox="" srcDoc={email.html} />
      <h2>{t("devMail.text")}</h2>
      <pre className="mail-text">{email.text}</pre>
    </>
  );
}
