/**
 * The demo's pay-it-forward side (issue 15): member profiles with each visibility, and
 * spotlights between demo librarians in English, Spanish and French: most agreed to and
 * thanked, one still waiting for its colleague's answer. Everything goes through the use
 * cases, each on a clock set to its own day.
 */
import type { ProfileFormValues } from "../domain/profiles/profile-input.ts";
import { EMPTY_SPOTLIGHT_FORM } from "../domain/spotlights/spotlight-input.ts";
import type { Actor, Result } from "../use-cases/result.ts";
import { createUseCases, type AllUseCaseDeps } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { DEMO_MEMBERS } from "./demo-network-members.ts";

const DAY_MS = 86_400_000;

/** Profiles by member's address: public, members-only and hidden ones. */
const PROFILES: [local: string, values: Partial<ProfileFormValues>][] = [
  [
    "sarah.whitfield",
    {
      visibility: "public",
      headline: "School librarian in Leeds; reading for pleasure, pupil librarians",
      bio: "I run a secondary school library on my own and co-founded our national network.\n\nHappy to talk about **pupil librarian** schemes and book clubs.",
      country: "GB",
      sector: "school",
      openToMentoring: true,
    },
  ],
  [
    "lucia.hernandez",
    {
      visibility: "public",
      headline: "Bibliotecaria pública en Sevilla: cuentacuentos bilingües",
      bio: "Trabajo en una biblioteca de barrio. Me interesan la **alfabetización familiar** y los clubes de lectura fácil.",
      country: "ES",
      sector: "public",
      lookingForMentor: true,
    },
  ],
  [
    "mariajose.fernandez",
    {
      visibility: "members",
      headline: "Coordinadora de bibliotecas escolares en Madrid",
      country: "ES",
      sector: "school",
      openToMentoring: true,
    },
  ],
  [
    "camille.laurent",
    {
      visibility: "members",
      headline: "Bibliothécaire universitaire à Lyon, science ouverte",
      bio: "J’accompagne les chercheurs dans le dépôt de leurs données. Je cherche des retours sur nos ateliers.",
      country: "FR",
      sector: "academic",
      lookingForMentor: true,
    },
  ],
  [
    "wanjiku.kamau",
    {
      visibility: "public",
      headline: "Community library innovator in Nairobi",
      country: "KE",
      sector: "public",
      openToMentoring: true,
    },
  ],
  [
    "james.okonkwo",
    { visibility: "members", headline: "Law librarian", country: "GB", sector: "special-law" },
  ],
  [
    "priya.raman",
    { visibility: "hidden", headline: "Medical librarian", sector: "special-medical" },
  ],
];

interface DemoSpotlight {
  author: string;
  /** Named by account (their profile is shown to members) or invited by address. */
  subject: { account: string } | { name: string; email: string };
  title: string;
  body: string;
  linkUrl?: string;
  daysAgo: number;
  /** Left unanswered: the colleague has not agreed yet. */
  asked?: boolean;
  thankedBy: string[];
}

const SPOTLIGHTS: DemoSpotlight[] = [
  {
    author: "sarah.whitfield",
    subject: { account: "lucia.hernandez" },
    title: "Bilingual story time that doubled our Saturday visits",
    body: "Lucía showed our network how she runs story time in Spanish and English **in the same session**, with picture books chosen so that either language carries the story.\n\nWe tried it with our Polish-speaking families: Saturday visits doubled within a term.",
    linkUrl: "https://example.org/bilingual-story-time",
    daysAgo: 18,
    thankedBy: ["james.okonkwo", "wanjiku.kamau", "camille.laurent"],
  },
  {
    author: "mariajose.fernandez",
    subject: { name: "Javier Ortega", email: "javier.ortega@members.shelfmates.localhost" },
    title: "Un banco de préstamo de tabletas para el alumnado",
    body: "Javier organizó en su instituto un **préstamo de tabletas** con reservas por cursos y una guía de uso escrita por el propio alumnado.\n\nLo hemos copiado en tres colegios de la red: ya nadie se queda sin dispositivo en época de exámenes.",
    daysAgo: 12,
    thankedBy: ["lucia.hernandez", "diego.ramirez"],
  },
  {
    author: "camille.laurent",
    subject: { name: "Émilie Tremblay", email: "emilie.tremblay@members.shelfmates.localhost" },
    title: "Des ateliers « données ouvertes » que les doctorants réclament",
    body: "Émilie a conçu des ateliers courts sur le **plan de gestion des données**, avec des exemples tirés des thèses de l’université.\n\nNous les avons repris à Lyon : les inscriptions ont triplé.",
    linkUrl: "https://example.org/ateliers-donnees",
    daysAgo: 7,
    thankedBy: ["antoine.moreau"],
  },
  {
    author: "wanjiku.kamau",
    subject: { account: "sarah.whitfield" },
    title: "Pupil librarians who run the library at lunchtime",
    body: "Sarah's pupil librarian scheme trains students to issue books, shelve and recommend. We adapted her training cards for our community library's teenage volunteers.",
    daysAgo: 4,
    thankedBy: ["otieno.odhiambo", "priya.raman"],
  },
  {
    author: "emilie.tremblay",
    subject: { name: "Camille Laurent", email: "camille.laurent@members.shelfmates.localhost" },
    title: "Un guide de dépôt des données en dix minutes",
    body: "Camille a écrit un guide d’une page pour déposer un jeu de données. Je l’ai fait lire à mes chercheurs : plus aucune question sur les licences.",
    daysAgo: 1,
    asked: true,
    thankedBy: [],
  },
];

export async function loadSpotlightsDemo(
  services: AllUseCaseDeps,
  community: DemoCommunity,
): Promise<void> {
  const at = (daysAgo: number, minutes = 0) => {
    const when = new Date(community.now.getTime() - daysAgo * DAY_MS + minutes * 60_000);
    return createUseCases({ ...services, clock: { now: () => when } });
  };
  const member = (local: string): Actor => {
    const index = DEMO_MEMBERS.findIndex((m) => m.email.startsWith(`${local}@`));
    const userId = community.memberIds[index];
    if (index < 0 || !userId) throw new Error(`demo spotlights: no member ${local}`);
    return { userId, role: "user" };
  };

  for (const [local, values] of PROFILES) {
    const profile: ProfileFormValues = {
      visibility: "members",
      headline: "",
      bio: "",
      country: "",
      sector: "",
      openToMentoring: false,
      lookingForMentor: false,
      ...values,
    };
    check(await at(30).saveMyProfile(member(local), { values: profile }), local);
  }

  for (const spec of SPOTLIGHTS) {
    const author = member(spec.author);
    const subject =
      "account" in spec.subject
        ? { subjectUserId: member(spec.subject.account).userId }
        : { subjectName: spec.subject.name, subjectEmail: spec.subject.email };
    const language = DEMO_MEMBERS.find((m) => m.email.startsWith(`${spec.author}@`))?.locale;
    const { id } = check(
      await at(spec.daysAgo).writeSpotlight(author, {
        values: {
          ...EMPTY_SPOTLIGHT_FORM,
          ...subject,
          title: spec.title,
          body: spec.body,
          linkUrl: spec.linkUrl ?? "",
        },
        locale: language ?? "en",
      }),
      spec.title,
    );
    if (spec.asked) continue;
    const colleague =
      "account" in spec.subject
        ? member(spec.subject.account)
        : member(spec.subject.email.split("@")[0]!);
    check(
      await at(spec.daysAgo, 180).answerSpotlight(colleague, { id, answer: "agree" }),
      spec.title,
    );
    for (const [i, local] of spec.thankedBy.entries())
      check(await at(spec.daysAgo - 1, 60 * i).thankSpotlight(member(local), { id }), local);
  }
}

function check<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo spotlights (${what}): ${JSON.stringify(result.error)}`);
  return result.value;
}
