/**
 * The questionnaire every round starts with, in English, Spanish and French. Each question
 * has a `key` that stays the same from round to round, so the report can set one round's
 * answers beside the earlier rounds'. The mid-round survey asks how things are going; the
 * end-of-round survey asks everything, including what comes next.
 */
import type { SurveyKind, SurveyOption, SurveyQuestion } from "./survey-question.ts";

type Texts = Record<"en" | "es" | "fr", string>;

const option = (id: string, labels: Texts): SurveyOption => ({ id, labels });

const yesNoMaybe = [
  option("yes", { en: "Yes", es: "Sí", fr: "Oui" }),
  option("maybe", { en: "Maybe", es: "Quizás", fr: "Peut-être" }),
  option("no", { en: "No", es: "No", fr: "Non" }),
];

type DefaultQuestion = Omit<SurveyQuestion, "id"> & { key: string };

const satisfaction: DefaultQuestion = {
  key: "satisfaction",
  type: "scale",
  required: true,
  prompts: {
    en: "Overall, how satisfied are you with the programme so far?",
    es: "En general, ¿qué tan satisfecho/a está con el programa hasta ahora?",
    fr: "Dans l’ensemble, êtes-vous satisfait·e du programme jusqu’ici ?",
  },
  options: [],
};

const contactFrequency: DefaultQuestion = {
  key: "contact_frequency",
  type: "single",
  required: false,
  prompts: {
    en: "How often were you and your partner in touch?",
    es: "¿Con qué frecuencia estuvieron en contacto usted y su pareja?",
    fr: "À quelle fréquence étiez-vous en contact avec votre binôme ?",
  },
  options: [
    option("weekly", {
      en: "About every week",
      es: "Más o menos cada semana",
      fr: "Environ chaque semaine",
    }),
    option("fortnightly", {
      en: "About every two weeks",
      es: "Más o menos cada dos semanas",
      fr: "Environ toutes les deux semaines",
    }),
    option("monthly", {
      en: "About once a month",
      es: "Más o menos una vez al mes",
      fr: "Environ une fois par mois",
    }),
    option("rarely", { en: "Less often", es: "Con menos frecuencia", fr: "Moins souvent" }),
    option("never", {
      en: "We were not in touch",
      es: "No estuvimos en contacto",
      fr: "Nous n’avons pas été en contact",
    }),
  ],
};

const formats: DefaultQuestion = {
  key: "formats",
  type: "multiple",
  required: false,
  prompts: {
    en: "How did you keep in touch?",
    es: "¿Cómo se mantuvieron en contacto?",
    fr: "Comment êtes-vous resté·e·s en contact ?",
  },
  options: [
    option("email", { en: "Email", es: "Correo electrónico", fr: "Courriel" }),
    option("video", { en: "Video calls", es: "Videollamadas", fr: "Appels vidéo" }),
    option("face_to_face", { en: "Face to face", es: "En persona", fr: "En personne" }),
    option("one_to_one", {
      en: "One-to-one conversations",
      es: "Conversaciones a solas",
      fr: "Échanges en tête-à-tête",
    }),
    option("group_sessions", {
      en: "Group sessions",
      es: "Sesiones en grupo",
      fr: "Séances de groupe",
    }),
  ],
};

const learned: DefaultQuestion = {
  key: "learned",
  type: "text",
  required: false,
  prompts: {
    en: "What have you learned from your partner?",
    es: "¿Qué ha aprendido de su pareja?",
    fr: "Qu’avez-vous appris de votre binôme ?",
  },
  options: [],
};

const themeHelped: DefaultQuestion = {
  key: "theme_helped",
  type: "scale",
  required: false,
  prompts: {
    en: "How much did the round's theme help your conversations?",
    es: "¿Cuánto ayudó el tema de la ronda a sus conversaciones?",
    fr: "Dans quelle mesure le thème de la session a-t-il nourri vos échanges ?",
  },
  options: [],
};

const recommend: DefaultQuestion = {
  key: "recommend",
  type: "single",
  required: false,
  prompts: {
    en: "Would you recommend the programme to a colleague?",
    es: "¿Recomendaría el programa a un/a colega?",
    fr: "Recommanderiez-vous le programme à un·e collègue ?",
  },
  options: yesNoMaybe,
};

const takePartAgain: DefaultQuestion = {
  key: "take_part_again",
  type: "single",
  required: false,
  prompts: {
    en: "Would you take part in another round?",
    es: "¿Participaría en otra ronda?",
    fr: "Participeriez-vous à une autre session ?",
  },
  options: yesNoMaybe,
};

const becomeMentor: DefaultQuestion = {
  key: "become_mentor",
  type: "single",
  required: false,
  prompts: {
    en: "Would you like to be a mentor in a future round?",
    es: "¿Le gustaría ser mentor/a en una próxima ronda?",
    fr: "Aimeriez-vous être mentor·e lors d’une prochaine session ?",
  },
  options: yesNoMaybe,
};

const suggestionsMid: DefaultQuestion = {
  key: "suggestions",
  type: "text",
  required: false,
  prompts: {
    en: "What would help you for the rest of the round?",
    es: "¿Qué le ayudaría durante el resto de la ronda?",
    fr: "Qu’est-ce qui vous aiderait pour la suite de la session ?",
  },
  options: [],
};

const suggestionsEnd: DefaultQuestion = {
  key: "suggestions",
  type: "text",
  required: false,
  prompts: {
    en: "What should we change for the next round?",
    es: "¿Qué deberíamos cambiar para la próxima ronda?",
    fr: "Que devrions-nous changer pour la prochaine session ?",
  },
  options: [],
};

const endSatisfaction: DefaultQuestion = {
  ...satisfaction,
  prompts: {
    en: "Overall, how satisfied are you with the programme?",
    es: "En general, ¿qué tan satisfecho/a está con el programa?",
    fr: "Dans l’ensemble, êtes-vous satisfait·e du programme ?",
  },
};

/** The default questions of each kind of survey, in order (ids are given when stored). */
export const DEFAULT_QUESTIONNAIRE: Record<SurveyKind, readonly DefaultQuestion[]> = {
  mid: [satisfaction, contactFrequency, formats, themeHelped, suggestionsMid],
  end: [
    endSatisfaction,
    contactFrequency,
    formats,
    learned,
    themeHelped,
    recommend,
    takePartAgain,
    becomeMentor,
    suggestionsEnd,
  ],
};

/** The default questions of a survey with ids from `newId`, ready to store. */
export function defaultQuestions(kind: SurveyKind, newId: () => string): SurveyQuestion[] {
  return DEFAULT_QUESTIONNAIRE[kind].map((q) => ({
    ...q,
    id: newId(),
    prompts: { ...q.prompts },
    options: q.options.map((o) => ({ id: o.id, labels: { ...o.labels } })),
  }));
}
