import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { useFocusOnArrival } from "../../../shared/use-focus-on-show.ts";
import { NetworkPlace } from "../network-place.tsx";
import { namesOf } from "../option-lists.server.ts";
import type { Route } from "./+types/network-proposals";

/** The administrators' queue of proposed networks; anyone else gets 404. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listNetworkProposals(actorOf(viewer), {
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const locale = requestLocale(request, viewer);
  const done = url.searchParams.get("done");
  return {
    page,
    total: result.value.total,
    proposals: result.value.items.map((n) => ({
      id: n.id,
      slug: n.slug,
      name: n.name,
      kind: n.kind,
      country: n.country,
      region: n.region,
      city: n.city,
      online: n.online,
      proposerName: n.proposerName,
      createdAt: n.createdAt,
    })),
    names: namesOf(
      locale,
      result.value.items.map((n) => n.country),
      [],
    ),
    done: done === "approved" || done === "declined" ? done : null,
    doneName: url.searchParams.get("name") ?? "",
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const networkId = formText(form, "networkId");
  const result = await context.services.useCases.decideNetworkProposal(actorOf(viewer), {
    networkId,
    decision: formText(form, "decision"),
    reason: formText(form, "reason"),
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { networkId, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(
    `/admin/networks?done=${result.value.status}&name=${encodeURIComponent(result.value.slug)}`,
  );
}

export default function NetworkProposals({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  const doneRef = useFocusOnArrival<HTMLParagraphElement>(loaderData.done !== null);
  return (
    <>
      <title>{t("admin.title")}</title>
      <h1>{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      {loaderData.done && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={doneRef}>
          {t(`admin.done.${loaderData.done}`, { slug: loaderData.doneName })}
        </p>
      )}
      {loaderData.total === 0 ? (
        <p className="notice">{t("admin.empty")}</p>
      ) : (
        <>
          {loaderData.proposals.map((n) => {
            const errors = actionData?.networkId === n.id ? actionData.errors : undefined;
            return (
              <section key={n.id} aria-labelledby={`proposal-${n.id}`} className="card">
                <h2 id={`proposal-${n.id}`}>
                  <Link to={`/networks/${n.slug}`}>{n.name}</Link>
                </h2>
                <p>
                  <span className="badge">{t(`kind.${n.kind}`)}</span>{" "}
                  <NetworkPlace {...n} countryNames={loaderData.names.countries} />
                </p>
                <p className="muted">
                  {t("admin.proposedBy", { name: n.proposerName })} ·{" "}
                  <DateTime value={n.createdAt} />
                </p>
                <div className="actions">
                  <Form method="post">
                    <input type="hidden" name="networkId" value={n.id} />
                    <input type="hidden" name="decision" value="approve" />
                    <button type="submit" className="button">
                      {t("admin.approve", { name: n.name })}
                    </button>
                  </Form>
                </div>
                <Form method="post" noValidate>
                  <input type="hidden" name="networkId" value={n.id} />
                  <input type="hidden" name="decision" value="decline" />
                  <Field
                    name={`reason-${n.id}`}
                    label={t("admin.reason", { name: n.name })}
                    hint={t("admin.reasonHint")}
                    required
                    error={errors?.reason}
                  >
                    {(c) => <textarea {...c} name="reason" rows={3} maxLength={2000} />}
                  </Field>
                  <button type="submit" className="button button--secondary">
                    {t("admin.decline", { name: n.name })}
                  </button>
                </Form>
              </section>
            );
          })}
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
    </>
  );
}
