import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import { countryName } from "../../../i18n/format-weekly-hours.ts";
import { DateTime } from "../../shared/date-time.tsx";
import { WithNames } from "../../shared/with-names.tsx";
import { PAGE_SIZE, pageFromUrl, Pagination } from "../../shared/pagination.tsx";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/blocks";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listBlockedPairs(actorOf(viewer), {
    roundId: params.roundId,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { round, pairs, total, editable } = result.value;
  return {
    round: { id: round.id, name: round.name },
    pairs,
    total,
    page,
    editable,
    unblocked: url.searchParams.get("unblocked"),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const result = await context.services.useCases.unblockPair(actorOf(viewer), {
    roundId: params.roundId,
    applicationA: formText(form, "a"),
    applicationB: formText(form, "b"),
  });
  if (!result.ok) {
    if (result.error.code === "conflict") return { conflict: result.error.reason };
    throwUseCaseError(result.error);
  }
  const names = formText(form, "names");
  return redirect(
    `/facilitate/rounds/${params.roundId}/matching/blocks?unblocked=${encodeURIComponent(names)}`,
  );
}

export default function BlockedPairs({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("matching");
  const { round, pairs } = loaderData;
  const who = (p: (typeof pairs)[number]["a"]) =>
    `${p.name} (${countryName(p.country, i18n.language)})`;
  return (
    <>
      <title>{t("blocks.title", { round: round.name })}</title>
      <p>
        <Link to={`/facilitate/rounds/${round.id}/matching`}>{t("nav.backToMatching")}</Link>
      </p>
      <h1>{t("blocks.title", { round: round.name })}</h1>
      <p>{t("blocks.intro")}</p>
      {loaderData.unblocked && (
        <p className="notice notice--ok" role="status">
          <WithNames
            text={t("blocks.done", { names: loaderData.unblocked })}
            names={loaderData.unblocked.split(" & ")}
          />
        </p>
      )}
      {actionData?.conflict && (
        <p className="notice notice--error" role="alert">
          {t(`result.conflict.${actionData.conflict}`)}
        </p>
      )}
      {loaderData.total === 0 ? (
        <p>{t("blocks.none")}</p>
      ) : (
        <>
          <table>
            <caption className="visually-hidden">{t("blocks.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("blocks.colPair")}</th>
                <th scope="col">{t("blocks.colSince")}</th>
                {loaderData.editable && (
                  <th scope="col">
                    <span className="visually-hidden">{t("blocks.colAction")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair) => {
                const names = `${pair.a.name} & ${pair.b.name}`;
                return (
                  <tr key={`${pair.a.id}-${pair.b.id}`}>
                    <td>
                      <bdi>{who(pair.a)}</bdi> & <bdi>{who(pair.b)}</bdi>
                    </td>
                    <td>
                      <DateTime value={pair.blockedAt} />
                    </td>
                    {loaderData.editable && (
                      <td>
                        <Form method="post">
                          <input type="hidden" name="a" value={pair.a.id} />
                          <input type="hidden" name="b" value={pair.b.id} />
                          <input type="hidden" name="names" value={names} />
                          <button
                            type="submit"
                            className="button button--small"
                            aria-label={t("blocks.unblockLabel", { names })}
                          >
                            {t("blocks.unblock")}
                          </button>
                        </Form>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
    </>
  );
}
