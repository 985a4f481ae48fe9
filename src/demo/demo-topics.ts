/**
 * The demo programme's topic library: eight conversation starters written for librarians,
 * each in English, Spanish and French, in the order a round sends them (one a fortnight).
 * `loadDemoTopics` saves them through the use cases, as a facilitator would.
 */
import type { TopicTextInput } from "../domain/partnerships/topic-translations.ts";
import type { Actor } from "../use-cases/result.ts";
import type { UseCases } from "../use-cases/use-cases.ts";

type Text = { title: string; prompt: string };
export type DemoTopic = { en: Text; es: Text; fr: Text };

export const DEMO_TOPICS: readonly DemoTopic[] = [
  {
    en: {
      title: "Getting to know you",
      prompt:
        "Start with the person before the job: where you grew up, how you came to libraries, and what a good working day looks like for you. Share one thing about your library that a visitor would never guess. Agree on how often you will meet and how you like to keep in touch between meetings.",
    },
    es: {
      title: "Para conocernos",
      prompt:
        "Empiecen por la persona antes que por el puesto: dónde crecieron, cómo llegaron a las bibliotecas y cómo es para ustedes un buen día de trabajo. Compartan algo de su biblioteca que un visitante nunca adivinaría. Acuerden cada cuánto se reunirán y cómo prefieren mantener el contacto entre reuniones.",
    },
    fr: {
      title: "Faire connaissance",
      prompt:
        "Commencez par la personne avant le poste : où vous avez grandi, comment vous êtes arrivés en bibliothèque, et à quoi ressemble pour vous une bonne journée de travail. Racontez une chose sur votre bibliothèque qu’un visiteur ne devinerait jamais. Convenez du rythme de vos rencontres et de la façon de rester en contact entre deux échanges.",
    },
  },
  {
    en: {
      title: "Your library’s community",
      prompt:
        "Who walks through your doors, and who never does? Describe the community your library serves and one group you are trying to reach. What has worked to bring people in, and what fell flat?",
    },
    es: {
      title: "La comunidad de su biblioteca",
      prompt:
        "¿Quién cruza las puertas de su biblioteca y quién no lo hace nunca? Describan la comunidad a la que sirven y un grupo al que intentan llegar. ¿Qué ha funcionado para atraer a la gente y qué no dio resultado?",
    },
    fr: {
      title: "La communauté de votre bibliothèque",
      prompt:
        "Qui franchit vos portes, et qui ne les franchit jamais ? Décrivez la communauté que sert votre bibliothèque et un public que vous cherchez à atteindre. Qu’est-ce qui a marché pour faire venir les gens, et qu’est-ce qui est tombé à plat ?",
    },
  },
  {
    en: {
      title: "Advocacy in hard times",
      prompt:
        "Budgets shrink, hours are cut, and libraries have to make their case again. How does your library show its value to the people who fund it? Share a moment when advocacy made a difference, or one when it did not, and what you would try next time.",
    },
    es: {
      title: "Defender la biblioteca en tiempos difíciles",
      prompt:
        "Los presupuestos se reducen, los horarios se recortan y las bibliotecas tienen que volver a justificarse. ¿Cómo muestra su biblioteca su valor a quienes la financian? Compartan un momento en que la defensa de la biblioteca marcó la diferencia, u otro en que no lo hizo, y qué intentarían la próxima vez.",
    },
    fr: {
      title: "Plaider pour la bibliothèque en temps difficiles",
      prompt:
        "Les budgets baissent, les horaires sont réduits et les bibliothèques doivent à nouveau convaincre. Comment votre bibliothèque montre-t-elle sa valeur à ceux qui la financent ? Racontez un moment où le plaidoyer a fait la différence, ou un autre où il a échoué, et ce que vous tenteriez la prochaine fois.",
    },
  },
  {
    en: {
      title: "A day in your working life",
      prompt:
        "Walk your partner through a typical day, from the moment you arrive to the moment you leave. Which tasks give you energy and which drain it? Is there a routine from your partner’s day you would like to borrow?",
    },
    es: {
      title: "Un día en su vida laboral",
      prompt:
        "Cuéntele a su pareja cómo es un día típico, desde que llega hasta que se va. ¿Qué tareas le dan energía y cuáles se la quitan? ¿Hay alguna rutina del día de su pareja que le gustaría adoptar?",
    },
    fr: {
      title: "Une journée dans votre vie professionnelle",
      prompt:
        "Racontez à votre binôme une journée type, de votre arrivée à votre départ. Quelles tâches vous donnent de l’énergie, lesquelles vous en prennent ? Y a-t-il une habitude de la journée de votre binôme que vous aimeriez emprunter ?",
    },
  },
  {
    en: {
      title: "Collections and what shapes them",
      prompt:
        "Who decides what goes on your shelves and into your databases, and how? Talk about the pressures on your collection: budgets, languages, local publishing, challenges to particular books. Which item in your collection are you proudest of?",
    },
    es: {
      title: "Las colecciones y lo que las moldea",
      prompt:
        "¿Quién decide qué entra en sus estanterías y en sus bases de datos, y cómo? Hablen de las presiones sobre su colección: presupuesto, idiomas, edición local, cuestionamientos de ciertos libros. ¿De qué documento de su colección se sienten más orgullosos?",
    },
    fr: {
      title: "Les collections et ce qui les façonne",
      prompt:
        "Qui décide de ce qui entre sur vos rayonnages et dans vos bases de données, et comment ? Parlez des pressions qui pèsent sur votre collection : budget, langues, édition locale, contestation de certains livres. De quel document de votre collection êtes-vous le plus fier ?",
    },
  },
  {
    en: {
      title: "Technology that helped (or didn’t)",
      prompt:
        "Think of a system, tool or gadget your library adopted. Did it make work easier for staff and users, or did it create new problems? Compare notes on what you would recommend to each other, and what you would warn against.",
    },
    es: {
      title: "Tecnología que ayudó (o no)",
      prompt:
        "Piensen en un sistema, herramienta o aparato que haya adoptado su biblioteca. ¿Facilitó el trabajo al personal y a los usuarios, o creó problemas nuevos? Comparen experiencias: qué se recomendarían mutuamente y de qué se advertirían.",
    },
    fr: {
      title: "La technologie qui a aidé (ou pas)",
      prompt:
        "Pensez à un système, un outil ou un appareil adopté par votre bibliothèque. A-t-il simplifié le travail du personnel et des usagers, ou créé de nouveaux problèmes ? Comparez vos expériences : ce que vous vous recommanderiez l’un à l’autre, et ce contre quoi vous vous mettriez en garde.",
    },
  },
  {
    en: {
      title: "Professional development and what’s next",
      prompt:
        "Where do you want to be in five years, and what stands in the way? Share how you keep learning: courses, conferences, reading, networks like this one. Name one concrete step each of you will take before your next conversation.",
    },
    es: {
      title: "Desarrollo profesional y próximos pasos",
      prompt:
        "¿Dónde quieren estar dentro de cinco años y qué se lo impide? Cuéntense cómo siguen aprendiendo: cursos, congresos, lecturas, redes como esta. Propongan cada uno un paso concreto que darán antes de su próxima conversación.",
    },
    fr: {
      title: "Développement professionnel et suite du parcours",
      prompt:
        "Où voulez-vous être dans cinq ans, et qu’est-ce qui vous en empêche ? Racontez comment vous continuez à apprendre : formations, congrès, lectures, réseaux comme celui-ci. Nommez chacun une étape concrète que vous franchirez avant votre prochaine conversation.",
    },
  },
  {
    en: {
      title: "Looking back on our partnership",
      prompt:
        "As the round draws to a close, look back together. What surprised you about your partner’s library, and what will you take back to your own? Decide whether and how you want to stay in touch once the round is over.",
    },
    es: {
      title: "Mirando atrás en nuestra colaboración",
      prompt:
        "Ahora que la ronda se acerca a su fin, miren atrás juntos. ¿Qué les sorprendió de la biblioteca de su pareja y qué se llevarán a la propia? Decidan si quieren seguir en contacto cuando termine la ronda, y cómo.",
    },
    fr: {
      title: "Regard sur notre binôme",
      prompt:
        "Alors que la session touche à sa fin, faites le point ensemble. Qu’est-ce qui vous a surpris dans la bibliothèque de votre binôme, et que rapporterez-vous dans la vôtre ? Décidez si et comment vous voulez rester en contact une fois la session terminée.",
    },
  },
];

/**
 * Adds the demo topics to a programme's library through the use cases (as `actor`, who must
 * facilitate it); returns their ids in library order.
 */
export async function loadDemoTopics(
  useCases: Pick<UseCases, "createTopic">,
  actor: Actor,
  programmeId: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const topic of DEMO_TOPICS) {
    const texts: TopicTextInput = topic;
    const created = await useCases.createTopic(actor, { programmeId, texts });
    if (!created.ok)
      throw new Error(`Demo topic "${topic.en.title}": ${JSON.stringify(created.error)}`);
    ids.push(created.value.id);
  }
  return ids;
}
