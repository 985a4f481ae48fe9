import { useFixedT } from "../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { instantToLocalDateTime } from "../../../domain/vocabulary/time-zones.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { readerTimeZone } from "../../shared/time-zone.server.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import { parseRoundForm, type RoundFormValues } from "./parse-round-form.ts";
import { RoundForm } from "./round-form.tsx";
import type { Route } from "./+types/round-new";

const DAY_MS = 86_400_000;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getProgrammeForFacilitator(
    actorOf(viewer),
    params.programmeId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const timeZone = readerTimeZone(request);
  // Sensible defaults: applications open in a week for a month; a four-month round (as ILN ran).
  const today =
    Math.floor(context.services.clock.now().getTime() / DAY_MS) * DAY_MS + 9 * 3_600_000;
  const date = (days: number) => instantToLocalDateTime(new Date(today + days * DAY_MS), "UTC");
  const values: RoundFormValues = {
    name: `Round ${result.value.rounds.length + 1}`,
    theme: "",
    mode: "peer",
    timeZone,
    dates: {
      applicationsOpenAt: date(7),
      applicationsCloseAt: date(37),
      matchingAt: date(40),
      startsAt: date(45),
      endsAt: date(165),
    },
    rulesMarkdown: "",
    countryCapPercent: "20",
    allowTriads: true,
    groupSize: "",
    translations: {},
    questions: [],
  };
  return {
    programme: { id: result.value.programme.id, name: result.value.programme.name },
    defaultLanguage: result.value.programme.defaultLanguage,
    values,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const parsed = parseRoundForm(await request.formData());
  const result = await context.services.useCases.saveRound(actorOf(viewer), {
    programmeId: params.programmeId,
    round: parsed.round,
    questions: parsed.questions,
    translations: parsed.translations,
  });
  if (result.ok) return redirect(`/facilitate/rounds/${result.value.id}?saved=1`);
  if (result.error.code === "invalid")
    return { values: parsed.values, errors: result.error.fieldErrors };
  throwUseCaseError(result.error);
}

export default function NewRound({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("rounds");
  return (
    <div className="narrow">
      <title>{t("round.newTitle")}</title>
      <h1>
        {t("round.newTitle")} <span className="muted">— {loaderData.programme.name}</span>
      </h1>
      <RoundForm
        values={actionData?.values ?? loaderData.values}
        defaultLanguage={loaderData.defaultLanguage}
        errors={actionData?.errors}
        submitLabel={t("round.create")}
        modeLocked={false}
      />
    </div>
  );
}
