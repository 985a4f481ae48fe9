import type { Auth } from "../auth/create-auth.ts";
import type { ApplicationRecord } from "../use-cases/applications/application-ports.ts";
import type { AllUseCaseDeps } from "../use-cases/use-cases.ts";
import type { ProgrammeRecord } from "../use-cases/programmes/programme-ports.ts";
import type { RoundRecord } from "../use-cases/rounds/round-ports.ts";
import { generateDemoApplicants } from "./demo-applicants.ts";
import { createUseCases } from "../use-cases/use-cases.ts";
import { loadDemoRoundUnderWay } from "./demo-round-under-way.ts";
import { loadDemoFinishedRound } from "./demo-round-finished.ts";
import { loadDemoTopics } from "./demo-topics.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { loadNetworksDemo } from "./demo-networks.ts";
import { loadEventsDemo } from "./demo-events.ts";
import { loadNewsDemo } from "./demo-news.ts";
import { loadGuideDemo } from "./demo-guide.ts";
import { loadSpotlightsDemo } from "./demo-spotlights.ts";
import { loadOpportunitiesDemo } from "./demo-opportunities.ts";

export interface DemoAccount {
  role: "administrator" | "facilitator" | "participant";
  email: string;
  password: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: "administrator", email: "admin@shelfmates.localhost", password: "shelfmates-admin" },
  {
    role: "facilitator",
    email: "facilitator@shelfmates.localhost",
    password: "shelfmates-facilitator",
  },
  // A librarian in the round under way: her partnership page has topics, meetings, times.
  {
    role: "participant",
    email: "participant@shelfmates.localhost",
    password: "shelfmates-participant",
  },
];

const DEMO_NAMES: Record<DemoAccount["role"], string> = {
  administrator: "Ada Administrator",
  facilitator: "Fenna Facilitator",
  participant: "Amara Okafor",
};

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEMO_SEED = 20_261_122;

/**
 * Loads the demo into an empty database: three accounts; a peer programme whose Round 1 is
 * open with 392 applicants from 40 countries, whose Pilot round is under way and whose
 * Founding round finished months ago with its surveys answered (its report has every
 * figure); and a mentor–mentee programme. Deterministic (same seed, same people); dates are
 * relative to now so the round is open whenever you start.
 */
export async function loadDemoIfEmpty(
  // Seeding writes many rows at once, so the composition root hands it the repositories.
  services: AllUseCaseDeps & { auth: Auth },
  log: (message: string) => void,
): Promise<{ loaded: boolean; accounts: readonly DemoAccount[] }> {
  const existing = await services.uow.read.programmes.list({ offset: 0, limit: 1 });
  if (existing.total > 0) return { loaded: false, accounts: DEMO_ACCOUNTS };
  log("Loading demo data (first start)…");
  const userIds: string[] = [];
  // Created through better-auth's own adapter (its password hashing, its tables) rather than
  // the sign-up endpoint, so no verification email goes to the demo addresses.
  const ctx = await services.auth.$context;
  for (const account of DEMO_ACCOUNTS) {
    const name = DEMO_NAMES[account.role];
    const found = await services.uow.read.users.findByEmail(account.email);
    if (found) {
      userIds.push(found.id);
      continue;
    }
    const user = await ctx.internalAdapter.createUser(
      { name, email: account.email, emailVerified: true },
      { method: "admin" },
    );
    await ctx.internalAdapter.linkAccount({
      userId: user.id,
      providerId: "credential",
      accountId: user.id,
      password: await ctx.password.hash(account.password),
    });
    userIds.push(user.id);
  }
  const [adminId, facilitatorId] = userIds as [string, string];
  await services.uow.transaction((repositories) => repositories.users.setRole(adminId, "admin"));

  const now = services.clock.now();
  const at = (days: number) =>
    new Date(Math.floor((now.getTime() + days * DAY_MS) / 3_600_000) * 3_600_000);
  const peer: ProgrammeRecord = {
    id: services.ids.newId(),
    slug: "international-peer-mentoring",
    name: "International Peer Mentoring",
    description:
      "Librarians paired one-to-one with a colleague in another country, for four months of conversations about the work we share.",
    organisation: "International Librarians Network (demo)",
    contactEmail: "facilitators@peer-mentoring.example.org",
    defaultLanguage: "en",
    createdAt: now,
  };
  const mentoring: ProgrammeRecord = {
    id: services.ids.newId(),
    slug: "international-collaboration-mentoring",
    name: "International Collaboration Mentoring",
    description:
      "Experienced librarians mentor colleagues who are starting international projects.",
    organisation: "Library Association (demo)",
    contactEmail: "mentoring@library-association.example.org",
    defaultLanguage: "en",
    createdAt: now,
  };
  await services.uow.transaction(async (repositories) => {
    for (const programme of [peer, mentoring]) {
      await repositories.programmes.insert(programme, facilitatorId);
      await repositories.programmes.addFacilitator(programme.id, facilitatorId, adminId);
    }
    const baseRound = {
      theme: "",
      status: "open" as const,
      applicationsOpenAt: at(-14),
      applicationsCloseAt: at(21),
      matchingAt: at(24),
      startsAt: at(30),
      endsAt: at(150),
      countryCapMinApplications: 20,
      allowTriads: true,
      groupSize: null,
      clonedFromRoundId: null,
      createdAt: now,
      updatedAt: now,
    };
    const round1: RoundRecord = {
      ...baseRound,
      id: services.ids.newId(),
      programmeId: peer.id,
      slug: "round-1",
      name: "Round 1",
      theme: "Libraries without borders: learning from a colleague abroad",
      mode: "peer",
      rulesMarkdown: DEMO_RULES,
      countryCapPercent: 20,
    };
    const mentorRound: RoundRecord = {
      ...baseRound,
      id: services.ids.newId(),
      programmeId: mentoring.id,
      slug: "2027",
      name: "2027 cohort",
      theme: "International collaboration",
      mode: "mentor",
      rulesMarkdown: DEMO_RULES,
      countryCapPercent: null,
    };
    await repositories.rounds.insert(round1);
    await repositories.rounds.insert(mentorRound);
    await repositories.rounds.replaceQuestions(round1.id, [
      {
        id: services.ids.newId(),
        roundId: round1.id,
        position: 0,
        kind: "single_choice",
        label: "How did you hear about the programme?",
        required: false,
        options: ["A colleague", "My association", "Social media", "Other"],
        translations: {
          es: {
            label: "¿Cómo supo del programa?",
            options: ["Un colega", "Mi asociación", "Redes sociales", "Otro"],
          },
          fr: {
            label: "Comment avez-vous connu le programme ?",
            options: ["Un collègue", "Mon association", "Les réseaux sociaux", "Autre"],
          },
        },
      },
      {
        id: services.ids.newId(),
        roundId: round1.id,
        position: 1,
        kind: "yes_no",
        label: "May we feature your partnership in our newsletter?",
        required: true,
        options: [],
        translations: {
          es: { label: "¿Podemos presentar su colaboración en nuestro boletín?", options: [] },
          fr: {
            label: "Pouvons-nous présenter votre binôme dans notre lettre d’information ?",
            options: [],
          },
        },
      },
    ]);
    // The demo round reads in each interface language (issue 17, item 15).
    await repositories.rounds.replaceTranslations(round1.id, DEMO_ROUND_TRANSLATIONS);
    const toRecords = (roundId: string, mode: "peer" | "mentor", count: number, seed: number) =>
      generateDemoApplicants({ seed, count, mode }).map((profile, i) => {
        const record: ApplicationRecord = {
          ...profile,
          id: services.ids.newId(),
          roundId,
          userId: null,
          status: "submitted",
          waitlistReason: null,
          decisionMessage: null,
          source: "form",
          locale: demoLocale(profile.country),
          customAnswers: {},
          consentAt: at(-14 + (i * 14) / count),
          createdAt: at(-14 + (i * 14) / count),
          updatedAt: at(-14 + (i * 14) / count),
          withdrawnAt: null,
        };
        return { record, manageTokenHash: services.ids.hashSecret(services.ids.newSecret()) };
      });
    await repositories.applications.insertMany(toRecords(round1.id, "peer", 392, DEMO_SEED));
    await repositories.applications.insertMany(
      toRecords(mentorRound.id, "mentor", 120, DEMO_SEED + 1),
    );
  });
  const facilitator = { userId: facilitatorId, role: "user" as const };
  // The library of topics both lived rounds send from, written as a facilitator would.
  await loadDemoTopics(createUseCases(services), facilitator, peer.id);
  // Its facilitators chose to share that library as open data (issue 15).
  const opened = await createUseCases(services).setTopicLibraryOpenData(facilitator, {
    programmeId: peer.id,
    open: true,
    confirmed: true,
  });
  if (!opened.ok) throw new Error(`Demo topic library: ${JSON.stringify(opened.error)}`);
  log("Living the founding round, months ago, to its end and its surveys…");
  const founding = await loadDemoFinishedRound(services, {
    programmeId: peer.id,
    facilitator,
    seed: DEMO_SEED + 3,
    rules: DEMO_RULES,
    locale: demoLocale,
  });
  log("Living the pilot round's first six weeks (topics, check-ins, meetings)…");
  await loadDemoRoundUnderWay(services, {
    programmeId: peer.id,
    facilitator,
    seed: DEMO_SEED + 2,
    participant: {
      name: DEMO_NAMES.participant,
      email: DEMO_ACCOUNTS.find((a) => a.role === "participant")!.email,
    },
    rules: DEMO_RULES,
    locale: demoLocale,
  });
  log("Networks, their events and news…");
  const community: DemoCommunity = {
    now,
    adminId,
    facilitatorId,
    participantId: userIds[2]!,
    memberIds: [],
    networkIds: new Map(),
    peerProgrammeId: peer.id,
  };
  await loadNetworksDemo(services, community);
  await loadEventsDemo(services, community);
  await loadNewsDemo(services, community);
  log("The Founding round's co-written guide…");
  await loadGuideDemo(services, { roundId: founding.roundId, facilitator });
  await loadSpotlightsDemo(services, community);
  await loadOpportunitiesDemo(services, community);
  // Fresh statistics, so the planner knows the round has hundreds of rows, not three.
  await services.uow.read.applications.refreshStatistics();
  return { loaded: true, accounts: DEMO_ACCOUNTS };
}

// Applicants from Spanish- and French-speaking countries read the site (and their emails)
// in their language, as they would have chosen with the language switcher.
const SPANISH_SPEAKING = new Set([
  "ES",
  "MX",
  "CO",
  "AR",
  "CL",
  "PE",
  "UY",
  "EC",
  "VE",
  "BO",
  "PY",
  "CR",
  "GT",
  "CU",
]);
const FRENCH_SPEAKING = new Set(["FR", "SN", "CI", "CM", "ML", "BF", "NE", "MG", "HT", "LU", "MC"]);

function demoLocale(country: string): string {
  if (SPANISH_SPEAKING.has(country)) return "es";
  if (FRENCH_SPEAKING.has(country)) return "fr";
  return "en";
}

const DEMO_ROUND_TRANSLATIONS = [
  {
    locale: "es",
    theme: "Bibliotecas sin fronteras: aprender de un colega en otro país",
    rulesMarkdown: `## Nuestro acuerdo

- Nos reunimos al menos **una vez al mes** durante los cuatro meses de la ronda, en línea o en persona.
- Respondemos a los mensajes del otro en una semana, y avisamos pronto si estamos muy ocupados.
- Lo que compartimos sobre nuestras bibliotecas y colegas queda entre nosotros, salvo que ambos estemos de acuerdo.
- Tenemos paciencia con los idiomas del otro: la mayoría trabajamos en una segunda o tercera lengua.

¿Preguntas? Escriba a los facilitadores en cualquier momento.`,
  },
  {
    locale: "fr",
    theme: "Bibliothèques sans frontières : apprendre d’un collègue à l’étranger",
    rulesMarkdown: `## Notre engagement

- Nous nous rencontrons au moins **une fois par mois** pendant les quatre mois du cycle, en ligne ou en personne.
- Nous répondons aux messages de l’autre dans la semaine, et prévenons tôt si nous sommes débordés.
- Ce que nous partageons sur nos bibliothèques et nos collègues reste entre nous, sauf accord des deux.
- Nous sommes patients avec les langues de l’autre : la plupart d’entre nous travaillent dans une deuxième ou troisième langue.

Des questions ? Écrivez aux facilitateurs à tout moment.`,
  },
];

const DEMO_RULES = `## Our agreement

- We meet at least **once a month** for the four months of the round, online or face to face.
- We answer each other's messages within a week, and say so early if life gets busy.
- What we share about our libraries and colleagues stays between us unless we both agree.
- We are patient with each other's languages: most of us work in a second or third language.

Questions? Write to the facilitators at any time.`;
