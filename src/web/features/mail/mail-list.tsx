import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { notFound } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/mail-list";

/** The development mailbox: every email the embedded instance "sent". Administrators only. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  if (context.services.mailTransport !== "dev-mailbox") notFound();
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const to = url.searchParams.get("to")?.trim() || undefined;
  const result = await context.services.useCases.listDevMailbox(actorOf(viewer), {
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
    toAddress: to,
  });
  if (!result) notFound();
  return {
    page,
    to: to ?? "",
    total: result.total,
    emails: result.items.map((e) => ({
      id: e.id,
      to: e.toAddress,
      subject: e.subject,
      status: e.status,
      createdAt: e.createdAt,
    })),
  };
}

export default function MailList({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("email");
  return (
    <>
      <title>{t("devMail.title")}</title>
      <h1>{t("devMail.title")}</h1>
      <p className="muted">{t("devMail.intro")}</p>
      <form method="get" className="filters">
        <div className="field">
          <label htmlFor="to">{t("devMail.recipient")}</label>
          <input id="to" name="to" type="search" defaultValue={loaderData.to} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("common:actions.search")}
        </button>
      </form>
      {loaderData.emails.length === 0 ? (
        <p>{t("devMail.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("devMail.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("devMail.when")}</th>
                <th scope="col">{t("devMail.recipient")}</th>
                <th scope="col">{t("devMail.subject")}</th>
                <th scope="col">{t("devMail.status")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.emails.map((e) => (
                <tr key={e.id}>
                  <td>
                    <DateTime value={e.createdAt} />
                  </td>
                  <td>{e.to}</td>
                  <td>
                    <Link to={`/dev/mail/${e.id}`}>{e.subject}</Link>
                  </td>
                  <td>{e.status === "kept" ? t("devMail.kept") : e.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={loaderData.page} total={loaderData.total} />
    </>
  );
}
