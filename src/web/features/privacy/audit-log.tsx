import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";
import { ErrorSummary, Field } from "../../shared/field.tsx";
import { FilterSelect } from "../../shared/filter-select.tsx";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { TableScroll } from "../../shared/table-scroll.tsx";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/audit-log";

const FILTERS = ["actor", "action", "subjectType", "subjectId", "from", "to"] as const;

/** The audit log (issue 16): administrators only; anyone else gets 404. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const filter = Object.fromEntries(
    FILTERS.map((name) => [name, url.searchParams.get(name) ?? ""]),
  ) as Record<(typeof FILTERS)[number], string>;
  const result = await context.services.useCases.listAuditLog(actorOf(viewer), {
    filter,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    retentionDays: context.services.config.auditRetentionDays,
  });
  if (!result.ok) throwUseCaseError(result.error);
  return { page, filter, ...result.value };
}

/** The details an entry carries, one "key: value" each, short enough for a table cell. */
function detailsOf(data: Record<string, unknown>): string[] {
  return Object.entries(data).map(([key, value]) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return `${key}: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
  });
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("privacy");
  const number = useNumberFormat();
  const { filter, fieldErrors } = loaderData;
  const labels = {
    actor: t("audit.filter.actor"),
    action: t("audit.filter.action"),
    subjectType: t("audit.filter.subjectType"),
    subjectId: t("audit.filter.subjectId"),
    from: t("audit.filter.from"),
    to: t("audit.filter.to"),
  };
  const filtered = FILTERS.some((name) => filter[name]);
  return (
    <>
      <title>{t("audit.title")}</title>
      <h1>{t("audit.title")}</h1>
      <p>{t("audit.intro")}</p>
      <p className="muted">
        {t("audit.retention", {
          count: loaderData.retentionDays,
          days: number.format(loaderData.retentionDays),
        })}{" "}
        {loaderData.dueForRemoval === 0
          ? t("audit.noneDue")
          : t("audit.dueForRemoval", {
              count: loaderData.dueForRemoval,
              entries: number.format(loaderData.dueForRemoval),
            })}
      </p>
      <ErrorSummary errors={fieldErrors} labels={labels} />
      <form method="get" className="filters" aria-label={t("audit.filter.label")}>
        <Field
          name="actor"
          label={labels.actor}
          hint={t("audit.filter.actorHint")}
          error={fieldErrors?.actor}
        >
          {(control) => (
            <input {...control} type="search" defaultValue={filter.actor} maxLength={200} />
          )}
        </Field>
        <FilterSelect
          name="action"
          label={labels.action}
          value={filter.action}
          anyLabel={t("audit.filter.any")}
          options={withCurrent(loaderData.actions, filter.action).map((value) => ({
            value,
            label: value,
          }))}
        />
        <FilterSelect
          name="subjectType"
          label={labels.subjectType}
          value={filter.subjectType}
          anyLabel={t("audit.filter.any")}
          options={withCurrent(loaderData.subjectTypes, filter.subjectType).map((value) => ({
            value,
            label: value,
          }))}
        />
        <Field name="subjectId" label={labels.subjectId} error={fieldErrors?.subjectId}>
          {(control) => <input {...control} defaultValue={filter.subjectId} maxLength={200} />}
        </Field>
        <Field name="from" label={labels.from} error={fieldErrors?.from}>
          {(control) => <input {...control} type="date" defaultValue={filter.from} />}
        </Field>
        <Field name="to" label={labels.to} error={fieldErrors?.to}>
          {(control) => <input {...control} type="date" defaultValue={filter.to} />}
        </Field>
        <button type="submit" className="button button--secondary">
          {t("common:actions.search")}
        </button>
        {filtered && <Link to="/admin/audit">{t("audit.filter.clear")}</Link>}
      </form>
      {loaderData.items.length === 0 ? (
        <p className="notice">{filtered ? t("audit.emptyFiltered") : t("audit.empty")}</p>
      ) : (
        <TableScroll label={t("audit.title")}>
          <table>
            <caption className="visually-hidden">{t("audit.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.column.when")}</th>
                <th scope="col">{t("audit.column.who")}</th>
                <th scope="col">{t("audit.column.action")}</th>
                <th scope="col">{t("audit.column.subject")}</th>
                <th scope="col">{t("audit.column.details")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <DateTime value={entry.createdAt} />
                  </td>
                  <td>
                    {entry.actor ? (
                      <>
                        <bdi>{entry.actor.name}</bdi>
                        <br />
                        <span className="muted">{entry.actor.email}</span>
                      </>
                    ) : (
                      <span className="muted">{t("audit.system")}</span>
                    )}
                  </td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {entry.subjectType}{" "}
                    <Link
                      to={`/admin/audit?subjectId=${encodeURIComponent(entry.subjectId)}`}
                      aria-label={t("audit.historyOf", { id: entry.subjectId })}
                    >
                      <code>{entry.subjectId.slice(0, 8)}</code>
                    </Link>
                  </td>
                  <td>
                    {detailsOf(entry.data).map((line) => (
                      <div key={line}>
                        <code>{line}</code>
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={loaderData.page} total={loaderData.total} />
    </>
  );
}

/** A value typed into the address that the log no longer holds stays selectable. */
function withCurrent(values: string[], current: string): string[] {
  return current && !values.includes(current) ? [...values, current] : values;
}
