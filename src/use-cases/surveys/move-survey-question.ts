/**
 * A facilitator moves a question one place up or down (buttons that work without scripts).
 * Order is presentation only: it can change at any time, answers keep their question.
 */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedSurvey } from "./find-facilitated-survey.ts";

export async function moveSurveyQuestion(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; surveyId: string; questionId: string; direction: "up" | "down" },
): Promise<Result<{ moved: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedSurvey(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    await repositories.surveys.lockSurvey(found.survey.id);
    const ids = (await repositories.surveys.listQuestions(found.survey.id)).map((q) => q.id);
    const from = ids.indexOf(input.questionId);
    if (from < 0) return fail({ code: "not_found" });
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return ok({ moved: false });
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    await repositories.surveys.setPositions(found.survey.id, ids);
    return ok({ moved: true });
  });
}
