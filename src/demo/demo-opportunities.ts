/**
 * The demo's opportunities (issue 15): two open ones — a Spanish school librarians' network's
 * call for speakers (in Spanish) and the peer programme's conference buddies (in English) —
 * each with nominations in every state: asked (the nominee has not answered), accepted,
 * declined, selected and not this time (one of them a self-nomination), notes in English,
 * Spanish and French, and a mentoring offer after a selection. Everything goes through the
 * use cases, each step on a clock set to its own day.
 */
import { instantToLocalDateTime } from "../domain/vocabulary/time-zones.ts";
import type { Actor, Result } from "../use-cases/result.ts";
import { createUseCases, type AllUseCaseDeps } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { DEMO_MEMBERS } from "./demo-network-members.ts";

const DAY_MS = 86_400_000;

type Nominee = { member: string } | { name: string; email: string };

interface DemoNomination {
  nominator: string;
  /** A member's address (they answer), or someone without an account (asked only). */
  nominee: Nominee | "self";
  note: string;
  answer?: "accept" | "decline";
  outcome?: "selected" | "not_this_time";
  /** After the outcome, the nominator offers to mentor the nominee. */
  mentoring?: string;
}

interface DemoOpportunity {
  publisher: { network: string } | "programme";
  kind: string;
  title: string;
  description: string;
  eligibility: string;
  timeZone: string;
  postedDaysAgo: number;
  deadlineInDays: number;
  locale: string;
  nominations: DemoNomination[];
}

const m = (local: string) => `${local}@members.shelfmates.localhost`;

const DEMO_OPPORTUNITIES: readonly DemoOpportunity[] = [
  {
    publisher: { network: "bibliotecarios-escolares-es" },
    kind: "speaker",
    title: "Ponentes para las Jornadas de Bibliotecas Escolares 2027",
    description:
      "Buscamos **ponentes** para las Jornadas de otoño: charlas de 20 minutos sobre proyectos de lectura, alfabetización informacional o la biblioteca como espacio de aprendizaje.\n\n- Modalidad presencial en Zaragoza, con opción en línea\n- Gastos de viaje cubiertos para quienes no puedan asumirlos",
    eligibility:
      "Bibliotecarias y bibliotecarios escolares de España, con o sin experiencia previa como ponentes.",
    timeZone: "Europe/Madrid",
    postedDaysAgo: 12,
    deadlineInDays: 21,
    locale: "es",
    nominations: [
      {
        nominator: m("javier.ortega"),
        nominee: { name: "Rosa Martín", email: "rosa.martin@example.es" },
        note: "Rosa ha creado un club de lectura intergeneracional que todo el mundo debería conocer.",
      },
      {
        nominator: m("lucia.hernandez"),
        nominee: { member: m("javier.ortega") },
        note: "Javier lleva años formando a docentes en alfabetización informacional.",
        answer: "accept",
      },
      {
        nominator: m("diego.ramirez"),
        nominee: { member: m("lucia.hernandez") },
        note: "Su proyecto de podcast escolar es precioso.",
        answer: "decline",
      },
      {
        nominator: m("javier.ortega"),
        nominee: { member: m("diego.ramirez") },
        note: "Diego transformó una biblioteca vacía en el corazón de su instituto.",
        answer: "accept",
        outcome: "selected",
        mentoring:
          "¡Enhorabuena! Si quieres, preparamos juntos la charla: te cuento lo que aprendí en mis primeras jornadas.",
      },
      {
        nominator: m("antoine.moreau"),
        nominee: { member: m("camille.laurent") },
        note: "Camille a monté un partenariat entre bibliothèques scolaires françaises et espagnoles : son retour d'expérience serait précieux.",
        answer: "accept",
        outcome: "not_this_time",
      },
    ],
  },
  {
    publisher: "programme",
    kind: "conference_buddy",
    title: "Conference buddies for first-time attendees",
    description:
      "Going to a big library conference for the first time can be overwhelming. We pair first-timers with a **conference buddy** who has been before: a coffee on the first morning, a few introductions, someone to sit with.",
    eligibility:
      "Members of the peer programme who have attended at least one international library conference.",
    timeZone: "Europe/London",
    postedDaysAgo: 9,
    deadlineInDays: 30,
    locale: "en",
    nominations: [
      {
        nominator: m("sarah.whitfield"),
        nominee: { name: "Tom Reid", email: "tom.reid@example.org" },
        note: "Tom looked after me at my first conference; he knows everyone and is very kind.",
      },
      {
        nominator: m("james.okonkwo"),
        nominee: { member: m("priya.raman") },
        note: "Priya is the most welcoming person I know in our field.",
        answer: "accept",
      },
      {
        nominator: m("daniel.chen"),
        nominee: { member: m("chloe.nguyen") },
        note: "Chloe would be a wonderful buddy.",
        answer: "decline",
      },
      {
        nominator: m("wanjiku.kamau"),
        nominee: { member: m("otieno.odhiambo") },
        note: "Otieno has been to six conferences and always brings newcomers along to the sessions.",
        answer: "accept",
        outcome: "selected",
      },
      {
        nominator: m("liam.obrien"),
        nominee: "self",
        note: "I went to my first conference alone last year and would love to make it easier for someone else.",
        outcome: "not_this_time",
      },
    ],
  },
];

export async function loadOpportunitiesDemo(
  services: AllUseCaseDeps,
  community: DemoCommunity,
): Promise<void> {
  const at = (daysAgo: number, minutes = 0) => {
    const when = new Date(community.now.getTime() - daysAgo * DAY_MS + minutes * 60_000);
    return createUseCases({ ...services, clock: { now: () => when } });
  };
  const member = (email: string): Actor => {
    const index = DEMO_MEMBERS.findIndex((d) => d.email === email);
    const userId = community.memberIds[index];
    if (index < 0 || !userId) throw new Error(`demo opportunities: no member ${email}`);
    return { userId, role: "user" };
  };
  const programme = await services.uow.read.programmes.findById(community.peerProgrammeId);
  const facilitator: Actor = { userId: community.facilitatorId, role: "user" };

  for (const spec of DEMO_OPPORTUNITIES) {
    const posting = at(spec.postedDaysAgo);
    const organiser =
      spec.publisher === "programme"
        ? facilitator
        : await networkOrganiser(posting, community, spec.publisher.network);
    const deadline = new Date(community.now.getTime() + spec.deadlineInDays * DAY_MS);
    const opportunity = check(
      await posting.postOpportunity(organiser, {
        publisher:
          spec.publisher === "programme" ? { programme: programme?.slug ?? "" } : spec.publisher,
        values: {
          kind: spec.kind,
          title: spec.title,
          description: spec.description,
          eligibility: spec.eligibility,
          deadlineLocal: instantToLocalDateTime(deadline, spec.timeZone).slice(0, 13) + ":00",
          timeZone: spec.timeZone,
        },
      }),
      spec.title,
    );
    for (const [i, n] of spec.nominations.entries()) {
      const daysAgo = spec.postedDaysAgo - 1 - i;
      const nominee = n.nominee;
      const made = check(
        await at(daysAgo).nominate(member(n.nominator), {
          opportunityId: opportunity.id,
          values:
            nominee === "self"
              ? { self: "1", nomineeName: "", nomineeEmail: "", note: n.note }
              : {
                  self: "",
                  nomineeName:
                    "member" in nominee
                      ? DEMO_MEMBERS.find((d) => d.email === nominee.member)!.name
                      : nominee.name,
                  nomineeEmail: "member" in nominee ? nominee.member : nominee.email,
                  note: n.note,
                },
          locale: spec.locale,
          timeZone: spec.timeZone,
        }),
        n.note,
      );
      if (n.answer && nominee !== "self" && "member" in nominee)
        check(
          await at(daysAgo, 240).answerNomination(member(nominee.member), {
            nominationId: made.nominationId,
            answer: n.answer,
          }),
          "answer",
        );
      if (n.outcome)
        check(
          await at(1).recordNominationOutcome(organiser, {
            nominationId: made.nominationId,
            outcome: n.outcome,
          }),
          "outcome",
        );
      if (n.mentoring)
        check(
          await at(0, -120).offerMentoring(member(n.nominator), {
            nominationId: made.nominationId,
            values: { way: "direct", roundId: "", message: n.mentoring },
          }),
          "mentoring",
        );
    }
  }
}

/** A network's first organiser (its proposer). */
async function networkOrganiser(
  useCases: ReturnType<typeof createUseCases>,
  community: DemoCommunity,
  slug: string,
): Promise<Actor> {
  const page = check(
    await useCases.findNetworkPage(
      { userId: community.adminId, role: "admin" },
      { slug, membersPage: { offset: 0, limit: 1 } },
    ),
    slug,
  );
  const organiser = page.organisers[0];
  if (!organiser) throw new Error(`demo opportunities: ${slug} has no organiser`);
  return { userId: organiser.userId, role: "user" };
}

function check<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo opportunities: ${what}: ${JSON.stringify(result.error)}`);
  return result.value;
}
