import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import { instantToLocalDateTime } from "../../../domain/vocabulary/time-zones.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { readerTimeZone } from "../../shared/time-zone.server.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import { parseRoundForm, ROUND_DATE_FIELDS, type RoundFormValues } from "./parse-round-form.ts";
import { RoundForm } from "./round-form.tsx";
import type { Route } from "./+types/round-edit";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getRoundForFacilitator(
    actorOf(viewer),
    params.roundId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const { round, questions, translations, programme } = result.value;
  const timeZone = readerTimeZone(request);
  const values: RoundFormValues = {
    name: round.name,
    theme: round.theme,
    mode: round.mode,
    timeZone,
    dates: Object.fromEntries(
      ROUND_DATE_FIELDS.map((f) => [f, instantToLocalDateTime(round[f], timeZone)]),
    ) as RoundFormValues["dates"],
    rulesMarkdown: round.rulesMarkdown,
    countryCapPercent: round.countryCapPercent === null ? "" : String(round.countryCapPercent),
    allowTriads: round.allowTriads,
    groupSize: round.groupSize === null ? "" : String(round.groupSize),
    translations: Object.fromEntries(
      translations.map((t) => [t.locale, { theme: t.theme, rulesMarkdown: t.rulesMarkdown }]),
    ),
    questions: questions.map((q) => ({
      label: q.label,
      kind: q.kind,
      required: q.required,
      options: q.options.join("\n"),
      translations: Object.fromEntries(
        Object.entries(q.translations).map(([locale, text]) => [
          locale,
          { label: text.label, options: text.options.join("\n") },
        ]),
      ),
    })),
  };
  return {
    round: { id: round.id, name: round.name, status: round.status },
    defaultLanguage: programme.defaultLanguage,
    values,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const current = await context.services.useCases.getRoundForFacilitator(
    actorOf(viewer),
    params.roundId,
  );
  if (!current.ok) throwUseCaseError(current.error);
  const parsed = parseRoundForm(await request.formData());
  const result = await context.services.useCases.saveRound(actorOf(viewer), {
    programmeId: current.value.round.programmeId,
    roundId: params.roundId,
    round: parsed.round,
    questions: parsed.questions,
    translations: parsed.translations,
  });
  if (result.ok) return redirect(`/facilitate/rounds/${result.value.id}?saved=1`);
  if (result.error.code === "invalid")
    return { values: parsed.values, errors: result.error.fieldErrors };
  throwUseCaseError(result.error);
}

export default function EditRound({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("rounds");
  return (
    <div className="narrow">
      <title>{t("round.editTitle", { name: loaderData.round.name })}</title>
      <p>
        <Link to={`/facilitate/rounds/${loaderData.round.id}`}>{loaderData.round.name}</Link>
      </p>
      <h1>{t("round.editTitle", { name: loaderData.round.name })}</h1>
      <RoundForm
        values={actionData?.values ?? loaderData.values}
        defaultLanguage={loaderData.defaultLanguage}
        errors={actionData?.errors}
        submitLabel={t("common:actions.save")}
        modeLocked={loaderData.round.status !== "draft"}
      />
    </div>
  );
}
