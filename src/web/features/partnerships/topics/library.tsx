import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { OPEN_LICENCE } from "../../../../domain/guides/guide-licence.ts";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { topicSummary } from "./topic-titles.ts";
import type { Route } from "./+types/library";

const NOTICES = ["created", "saved", "archived", "restored", "published", "withdrawn"] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const archived = url.searchParams.get("archived") === "1";
  const result = await context.services.useCases.listTopics(actorOf(viewer), {
    programmeId: params.programmeId,
    archived,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { programme, topics, counts, openData } = result.value;
  const locale = requestLocale(request, viewer);
  const done = url.searchParams.get("done");
  return {
    programme: { id: programme.id, name: programme.name, slug: programme.slug },
    openData,
    archived,
    page,
    total: topics.total,
    firstPosition: (page - 1) * PAGE_SIZE + 1,
    topics: topics.items.map((topic) => topicSummary(topic, locale, programme.defaultLanguage)),
    counts,
    notice: NOTICES.find((n) => n === done) ?? null,
  };
}

/** Publishing the library as open data (after confirming), or withdrawing it. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const open = formText(form, "intent") === "publish";
  const result = await context.services.useCases.setTopicLibraryOpenData(actorOf(viewer), {
    programmeId: params.programmeId,
    open,
    confirmed: form.get("confirm") === "yes",
  });
  if (!result.ok && result.error.code === "invalid") return { errors: result.error.fieldErrors };
  if (!result.ok) throwUseCaseError(result.error);
  return redirect(
    `/facilitate/programmes/${params.programmeId}/topics?done=${open ? "published" : "withdrawn"}#open-data`,
  );
}

export default function TopicLibrary({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("topics");
  const { programme, archived, topics, counts } = loaderData;
  const base = `/facilitate/programmes/${programme.id}/topics`;
  return (
    <>
      <title>{`${t("library.title")} — ${programme.name}`}</title>
      <nav aria-label={t("library.breadcrumbLabel")}>
        <p>
          <Link to={`/facilitate/programmes/${programme.id}`}>{programme.name}</Link>
        </p>
      </nav>
      <h1>{t("library.title")}</h1>
      {loaderData.notice && (
        <p className="notice notice--ok" role="status">
          {t(`library.notices.${loaderData.notice}`)}
        </p>
      )}
      <p>{t("library.intro")}</p>
      <p className="actions">
        <Link className="button" to={`${base}/new`}>
          {t("library.add")}
        </Link>
      </p>
      <nav aria-label={t("library.tabsLabel")}>
        <p className="actions">
          <TabLink to={base} current={!archived}>
            {t("library.active", { count: counts.active })}
          </TabLink>
          <TabLink to={`${base}?archived=1`} current={archived}>
            {t("library.archived", { count: counts.archived })}
          </TabLink>
        </p>
      </nav>
      {topics.length === 0 ? (
        <p className="notice">{t(archived ? "library.emptyArchived" : "library.empty")}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">
                {t(archived ? "library.captionArchived" : "library.caption")}
              </caption>
              <thead>
                <tr>
                  {!archived && <th scope="col">{t("library.order")}</th>}
                  <th scope="col">{t("library.topicTitle")}</th>
                  <th scope="col">{t("library.languages")}</th>
                  <th scope="col">{t("library.updated")}</th>
                </tr>
              </thead>
              <tbody>
                {topics.map((topic, index) => (
                  <tr key={topic.id}>
                    {!archived && <td>{loaderData.firstPosition + index}</td>}
                    <td>
                      <Link to={`${base}/${topic.id}`} lang={topic.titleLocale}>
                        {topic.title}
                      </Link>
                    </td>
                    <td>
                      {topic.locales.map((locale) => (
                        <span key={locale}>
                          <span className="badge" lang={locale}>
                            {t(`common:languages.${locale}`, { defaultValue: locale })}
                          </span>{" "}
                        </span>
                      ))}
                    </td>
                    <td>
                      <DateTime value={topic.updatedAt} dateOnly />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
      <OpenDataSection
        open={loaderData.openData}
        slug={programme.slug}
        errors={actionData?.errors}
      />
    </>
  );
}

/** Whether the library is open data, and the form that publishes or withdraws it. */
function OpenDataSection(props: { open: boolean; slug: string; errors?: FieldErrors }) {
  const t = useFixedT("topics");
  const licence = (
    <a href={OPEN_LICENCE.url} rel="license">
      {OPEN_LICENCE.name} ({OPEN_LICENCE.id})
    </a>
  );
  return (
    <section id="open-data" aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">{t("openData.title")}</h2>
      {props.open ? (
        <>
          <p>{t("openData.published")}</p>
          <p>
            {t("openData.licence")} {licence}
          </p>
          <p>
            {t("openData.downloads")}{" "}
            <a href={`/open-data/topic-libraries/${props.slug}.json`} download>
              JSON
            </a>
            {" · "}
            <a href={`/open-data/topic-libraries/${props.slug}.csv`} download>
              CSV
            </a>
          </p>
          <p>{t("openData.withdrawHint")}</p>
          <Form method="post" className="actions">
            <input type="hidden" name="intent" value="withdraw" />
            <button type="submit" className="button button--secondary">
              {t("openData.withdraw")}
            </button>
          </Form>
        </>
      ) : (
        <>
          <p>{t("openData.notPublished")}</p>
          <Form method="post" noValidate className="card">
            <input type="hidden" name="intent" value="publish" />
            <p>{t("openData.whatBecomesPublic")}</p>
            <ErrorSummary errors={props.errors} labels={{}} />
            <Field
              name="confirm"
              label={t("openData.confirm")}
              required
              error={props.errors?.confirm}
            >
              {(c) => <input {...c} type="checkbox" value="yes" />}
            </Field>
            <button type="submit" className="button">
              {t("openData.publish")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}

/** One of the library's two lists; the one shown is marked current (and bold). */
function TabLink(props: { to: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link to={props.to} aria-current={props.current ? "page" : undefined}>
      {props.current ? <strong>{props.children}</strong> : props.children}
    </Link>
  );
}
