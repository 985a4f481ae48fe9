import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import { FollowUpCard } from "./follow-up-card.tsx";
import type { Route } from "./+types/follow-up-list";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listFollowUps(actorOf(viewer), {
    roundId: params.roundId,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, followUps, waiting } = result.value;
  return {
    page,
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    total: followUps.total,
    waiting,
    sent: Number(url.searchParams.get("sent") ?? "0"),
    resolved: url.searchParams.get("resolved") === "1",
    items: followUps.items.map((item) => ({
      partnershipId: item.partnership.id,
      reason: item.followUp.reason,
      openedAt: item.followUp.openedAt,
      nudgedAt: item.partnership.nudgedAt,
      meetingsHeld: item.meetingsHeld,
      members: item.partnership.members
        .filter((m) => m.leftAt === null)
        .map((m) => ({ name: m.name, email: m.email })),
      checkIns: item.checkIns.map((c) => ({
        id: c.id,
        memberName: c.memberName,
        sequence: c.sequence,
        answer: c.answer,
        goodMatch: c.goodMatch,
        note: c.note,
        answeredAt: c.answeredAt,
      })),
    })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const partnershipId = formText(form, "partnershipId");
  const target = { roundId: params.roundId, partnershipId };
  const here = `/facilitate/rounds/${params.roundId}/follow-up`;
  if (formText(form, "intent") === "resolve") {
    const result = await context.services.useCases.resolveFollowUp(actorOf(viewer), target);
    if (!result.ok && result.error.code !== "conflict") throwUseCaseError(result.error);
    return redirect(`${here}?resolved=1`);
  }
  const message = formText(form, "message");
  const result = await context.services.useCases.writeToPartnership(actorOf(viewer), {
    ...target,
    message,
  });
  if (!result.ok) {
    if (result.error.code === "invalid")
      return { partnershipId, message, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  context.services.pokeMailer();
  return redirect(`${here}?sent=${result.value.recipients}`);
}

export default function FollowUpList({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("checkins");
  const { round } = loaderData;
  const base = `/facilitate/rounds/${round.id}/follow-up`;
  return (
    <>
      <title>{`${t("followUp.title")} — ${round.name}`}</title>
      <RoundBreadcrumb programme={loaderData.programme} round={round} />
      <h1>{t("followUp.heading", { round: round.name })}</h1>
      <p className="lead">{t("followUp.intro")}</p>
      {loaderData.sent > 0 && (
        <p className="notice notice--ok" role="status">
          {t("followUp.write.sent", { count: loaderData.sent })}
        </p>
      )}
      {loaderData.resolved && (
        <p className="notice notice--ok" role="status">
          {t("followUp.resolved")}
        </p>
      )}
      {loaderData.waiting > 0 && (
        <p className="notice">
          {t("followUp.waiting", { count: loaderData.waiting })}{" "}
          <Link to={`${base}/rematch`}>{t("followUp.waitingLink")}</Link>
        </p>
      )}
      {loaderData.total === 0 ? (
        <p className="notice">{t("followUp.empty")}</p>
      ) : (
        <>
          <ul className="cards" aria-label={t("followUp.caption")}>
            {loaderData.items.map((item) => (
              <FollowUpCard
                key={item.partnershipId}
                item={item}
                base={base}
                failed={actionData?.partnershipId === item.partnershipId ? actionData : undefined}
              />
            ))}
          </ul>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
    </>
  );
}
