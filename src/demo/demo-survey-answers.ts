/**
 * How the demo's participants answer a round's survey: by the default questionnaire's keys,
 * with a seeded hand — happy pairs mostly 4s and 5s, quiet pairs in between, the pair that
 * reported a problem low — and short free texts in the participant's language. Saved through
 * submitSurveyResponse, the use case the survey page calls, so every check applies.
 */
import { answerField, type RawSurveyAnswers } from "../domain/surveys/survey-answers.ts";
import type { SurveyQuestion } from "../domain/surveys/survey-question.ts";
import type { UseCases } from "../use-cases/use-cases.ts";
import { DemoRandom } from "./demo-random.ts";

export type DemoMood = "happy" | "mixed" | "unhappy";

type Texts = { en: readonly string[]; es: readonly string[]; fr: readonly string[] };

const LEARNED: Texts = {
  en: [
    "How a library half a world away runs its outreach with a team of three.",
    "That our problems with e-book licensing are the same everywhere.",
    "New ideas for our reading club for teenagers.",
    "How to make the case for the library to local politicians.",
    "A different way to plan a year of events, month by month.",
    "Confidence to speak up in meetings in English.",
    "How a university library in another country supports researchers with open access.",
    "Simple ways to measure what our events change for the people who come.",
    "That I am not alone: my partner faces the same staff shortages.",
    "How to run a repair café with volunteers.",
    "Better questions to ask when we plan a new service.",
    "How school and public libraries can share a collection.",
  ],
  es: [
    "Cómo otra biblioteca organiza sus actividades con muy poco personal.",
    "Ideas nuevas para el club de lectura juvenil.",
    "Que las licencias de libros electrónicos son un problema en todas partes.",
    "Cómo presentar el valor de la biblioteca ante el ayuntamiento.",
    "Cómo medir el impacto de nuestras actividades culturales.",
    "Que la alfabetización digital es una prioridad en todas partes.",
  ],
  fr: [
    "Comment une autre bibliothèque mène ses actions hors les murs avec peu de moyens.",
    "Des idées pour accueillir les nouveaux arrivants.",
    "Que nos difficultés avec les livres numériques sont partagées partout.",
    "Comment défendre la bibliothèque auprès des élus.",
    "Comment travailler avec les écoles du quartier.",
    "Des façons simples d'évaluer nos animations.",
  ],
};

const SUGGESTIONS: Texts = {
  en: [
    "More group sessions, at times that suit Asia and the Pacific.",
    "A short guide for the first conversation.",
    "Let us choose the topics ourselves after the first month.",
    "A chance to meet the other pairs from our region.",
    "Send the topics in advance so we can prepare.",
    "Pair people who work in the same kind of library at least once.",
    "An online space where all the pairs can share resources.",
    "Fewer emails at the start; the first week was a lot.",
    "A closing event where pairs present what they learned.",
    "Ask us about our time zones before matching.",
  ],
  es: [
    "Más sesiones en grupo en español.",
    "Un poco más de tiempo: cuatro meses pasan rápido.",
    "Una guía breve para la primera conversación.",
    "Un encuentro final con todas las parejas.",
  ],
  fr: [
    "Des séances de groupe en français.",
    "Un peu plus de temps : quatre mois passent vite.",
    "Pouvoir choisir nos thèmes après le premier mois.",
    "Une rencontre de clôture avec tous les binômes.",
  ],
};

const SCALE: Record<DemoMood, readonly (readonly [string, number])[]> = {
  happy: [
    ["5", 6],
    ["4", 4],
    ["3", 1],
  ],
  mixed: [
    ["4", 2],
    ["3", 3],
    ["2", 1],
  ],
  unhappy: [
    ["2", 2],
    ["1", 1],
  ],
};

const FREQUENCY: Record<DemoMood, readonly (readonly [string, number])[]> = {
  happy: [
    ["weekly", 2],
    ["fortnightly", 5],
    ["monthly", 3],
  ],
  mixed: [
    ["monthly", 3],
    ["rarely", 2],
  ],
  unhappy: [
    ["rarely", 1],
    ["never", 2],
  ],
};

const YES_MAYBE_NO: Record<DemoMood, readonly (readonly [string, number])[]> = {
  happy: [
    ["yes", 7],
    ["maybe", 2],
    ["no", 1],
  ],
  mixed: [
    ["yes", 2],
    ["maybe", 3],
    ["no", 1],
  ],
  unhappy: [
    ["maybe", 1],
    ["no", 2],
  ],
};

/** Fewer would mentor than would come back: mentoring asks more of a person. */
const BECOME_MENTOR: Record<DemoMood, readonly (readonly [string, number])[]> = {
  happy: [
    ["yes", 3],
    ["maybe", 4],
    ["no", 3],
  ],
  mixed: [
    ["yes", 1],
    ["maybe", 2],
    ["no", 3],
  ],
  unhappy: [["no", 1]],
};

/** The raw answers a participant of this mood would post to the survey's form. */
export function demoSurveyAnswers(
  questions: readonly SurveyQuestion[],
  locale: string,
  mood: DemoMood,
  seed: number,
): RawSurveyAnswers {
  const random = new DemoRandom(seed);
  const texts = (from: Texts) => from[locale as keyof Texts] ?? from.en;
  const answers: Record<string, string[]> = {};
  for (const question of questions) {
    const field = answerField(question.id);
    const offered = new Set(question.options.map((o) => o.id));
    const choose = (entries: readonly (readonly [string, number])[]) => {
      const id = random.weighted(entries);
      if (question.type === "scale" || offered.has(id)) answers[field] = [id];
    };
    switch (question.key) {
      case "satisfaction":
      case "theme_helped":
        choose(SCALE[mood]);
        break;
      case "contact_frequency":
        choose(FREQUENCY[mood]);
        break;
      case "recommend":
      case "take_part_again":
        choose(YES_MAYBE_NO[mood]);
        break;
      case "become_mentor":
        choose(BECOME_MENTOR[mood]);
        break;
      case "formats": {
        const used = [
          random.chance(0.9) ? "email" : "",
          random.chance(mood === "unhappy" ? 0.2 : 0.8) ? "video" : "",
          random.chance(0.1) ? "face_to_face" : "",
          random.chance(0.6) ? "one_to_one" : "",
          random.chance(0.3) ? "group_sessions" : "",
        ].filter((id) => offered.has(id));
        if (used.length > 0) answers[field] = used;
        break;
      }
      case "learned":
        if (mood !== "unhappy" && random.chance(0.7))
          answers[field] = [random.pick(texts(LEARNED))];
        break;
      case "suggestions":
        if (random.chance(0.4)) answers[field] = [random.pick(texts(SUGGESTIONS))];
        break;
      default:
        // A question the facilitator added: the demo's people leave it unanswered.
        break;
    }
  }
  return answers;
}

/** Answers the survey as one participant, through the survey page's own use case. */
export async function answerDemoSurvey(
  useCases: Pick<UseCases, "submitSurveyResponse">,
  questions: readonly SurveyQuestion[],
  input: { surveyId: string; applicationId: string; locale: string; mood: DemoMood; seed: number },
): Promise<void> {
  const answers = demoSurveyAnswers(questions, input.locale, input.mood, input.seed);
  const saved = await useCases.submitSurveyResponse({
    surveyId: input.surveyId,
    applicationId: input.applicationId,
    answers,
    locale: input.locale,
  });
  if (!saved.ok) throw new Error(`Demo: survey answer failed: ${JSON.stringify(saved.error)}`);
}
