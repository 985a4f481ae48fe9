/**
 * The demo's events (issue 14), published and registered for through the use cases: upcoming
 * events in several networks, countries and languages, online and in person; a weekly and a
 * monthly series; one event full with a waitlist; the month-long self-paced course "Managing a
 * small library" by the solo librarians; and one event of the peer programme. Dates are days
 * from the demo's "now", at a local time in each event's own zone.
 */
import type { EventFormValues } from "../domain/events/event-input.ts";
import { instantToLocalDateTime } from "../domain/vocabulary/time-zones.ts";
import type { PublisherRef } from "../use-cases/events/find-publisher.ts";
import type { Actor } from "../use-cases/result.ts";
import { createUseCases, type AllUseCaseDeps } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

interface DemoEvent {
  publisher: PublisherRef;
  /** Days from now, and the local time of day in the event's zone. */
  inDays: number;
  at: string;
  values: Partial<EventFormValues> & Pick<EventFormValues, "title" | "timeZone" | "language">;
  /** How many demo members register (in order); past the capacity they wait. */
  registrants: number;
}

const PEER_PROGRAMME_SLUG = "international-peer-mentoring";

export const DEMO_EVENTS: readonly DemoEvent[] = [
  {
    publisher: { network: "solo-librarians" },
    inDays: 6,
    at: "09:00",
    registrants: 9,
    values: {
      kind: "course",
      title: "Managing a small library",
      description:
        "A month-long, self-paced course for librarians who run a library on their own or with a very small team. Each week a unit opens with short readings, a checklist and a discussion thread; an hour a week is enough.\n\n- Plan the space and the stock you have\n- Report on what the library is worth\n- Choose tools that save time\n- Find allies in your organisation",
      timeZone: "Europe/London",
      language: "en",
      onlineUrl: "https://learn.example.org/managing-a-small-library",
      courseWeeks: "4",
      unitTitles: [
        "Your library's space and stock",
        "Budgets, statistics and reporting",
        "Systems and tools for a team of one",
        "Advocacy and allies",
      ],
      topics: ["solo-librarianship", "management", "school-libraries"],
    },
  },
  {
    publisher: { network: "solo-librarians" },
    inDays: 2,
    at: "12:30",
    registrants: 4,
    values: {
      title: "Solo librarians' coffee break (weekly, online)",
      description: "Half an hour to share one problem and one win. Cameras optional.",
      timeZone: "Europe/London",
      language: "en",
      onlineUrl: "https://meet.example.org/solo-coffee",
      durationMinutes: "30",
      repeat: "weekly",
      occurrences: "8",
      topics: ["solo-librarianship", "wellbeing"],
    },
  },
  {
    publisher: { network: "national-school-librarians-uk" },
    inDays: 9,
    at: "16:30",
    registrants: 6,
    values: {
      title: "Reading for pleasure: a school library toolkit",
      description:
        "Practical ideas for reading for pleasure across the school, with three school librarians who have built it into the timetable.",
      timeZone: "Europe/London",
      language: "en",
      venue: "Library of Birmingham",
      city: "Birmingham",
      country: "GB",
      durationMinutes: "120",
      capacity: "60",
      topics: ["school-libraries", "reader-development"],
    },
  },
  {
    publisher: { network: "manchester-library-circle" },
    inDays: 12,
    at: "18:30",
    registrants: 3,
    values: {
      title: "Library Circle monthly meetup",
      description: "Our monthly meetup: a short talk, then time to talk shop.",
      timeZone: "Europe/London",
      language: "en",
      venue: "Manchester Central Library",
      city: "Manchester",
      country: "GB",
      durationMinutes: "120",
      capacity: "25",
      repeat: "monthly",
      occurrences: "6",
      topics: ["public-libraries", "community-engagement"],
    },
  },
  {
    publisher: { network: "medical-librarians-europe" },
    inDays: 4,
    at: "14:00",
    registrants: 5,
    values: {
      title: "Systematic reviews clinic (small group)",
      description:
        "Bring a search strategy you are working on; three places, so each gets real time.",
      timeZone: "Europe/Amsterdam",
      language: "en",
      onlineUrl: "https://meet.example.org/sr-clinic",
      durationMinutes: "90",
      capacity: "3",
      topics: ["systematic-reviews", "medical-librarianship"],
    },
  },
  {
    publisher: { network: "future-libraries-greece" },
    inDays: 15,
    at: "18:00",
    registrants: 2,
    values: {
      title: "Βιβλιοθήκες του μέλλοντος: εργαστήριο σχεδιασμού χώρων",
      description:
        "Ένα εργαστήριο για τον επανασχεδιασμό των χώρων της βιβλιοθήκης μαζί με τους χρήστες.",
      timeZone: "Europe/Athens",
      language: "el",
      venue: "Δημοτική Βιβλιοθήκη",
      city: "Αθήνα",
      country: "GR",
      durationMinutes: "180",
      topics: ["library-design-spaces", "user-experience"],
    },
  },
  {
    publisher: { network: "bibliotecarios-escolares-es" },
    inDays: 20,
    at: "17:00",
    registrants: 3,
    values: {
      title: "Encuentro de bibliotecas escolares: alfabetización informacional",
      description:
        "Compartimos actividades de alfabetización informacional para primaria y secundaria.",
      timeZone: "Europe/Madrid",
      language: "es",
      venue: "Biblioteca Regional",
      city: "Madrid",
      country: "ES",
      onlineUrl: "https://meet.example.org/encuentro-escolares",
      durationMinutes: "120",
      capacity: "80",
      topics: ["school-libraries", "information-literacy"],
    },
  },
  {
    publisher: { network: "red-bibliotecas-rurales-mx" },
    inDays: 8,
    at: "11:00",
    registrants: 2,
    values: {
      title: "Bibliotecas rurales: servicios móviles y préstamo a distancia",
      description: "Experiencias de bibliotecas móviles en comunidades rurales.",
      timeZone: "America/Mexico_City",
      language: "es",
      onlineUrl: "https://meet.example.org/rurales",
      durationMinutes: "90",
      topics: ["public-libraries", "outreach"],
    },
  },
  {
    publisher: { network: "bibliothecaires-juridiques-fr" },
    inDays: 11,
    at: "09:30",
    registrants: 2,
    values: {
      title: "Veille juridique : outils et méthodes",
      description: "Une matinée pour comparer nos outils de veille et nos méthodes de diffusion.",
      timeZone: "Europe/Paris",
      language: "fr",
      venue: "Bibliothèque de l’Ordre",
      city: "Paris",
      country: "FR",
      durationMinutes: "180",
      capacity: "40",
      topics: ["law-librarianship"],
    },
  },
  {
    publisher: { network: "kenya-library-innovators" },
    inDays: 17,
    at: "10:00",
    registrants: 2,
    values: {
      title: "Makerspaces on a shoestring",
      description: "How three Kenyan libraries built makerspaces with donated equipment.",
      timeZone: "Africa/Nairobi",
      language: "en",
      venue: "Kenya National Library Service",
      city: "Nairobi",
      country: "KE",
      durationMinutes: "150",
      topics: ["makerspaces", "community-engagement"],
    },
  },
  {
    publisher: { network: "digital-scholarship-online" },
    inDays: 3,
    at: "15:00",
    registrants: 3,
    values: {
      title: "Open science office hours",
      description: "Drop in with questions on open access, data and preprints.",
      timeZone: "UTC",
      language: "en",
      onlineUrl: "https://meet.example.org/open-science",
      durationMinutes: "60",
      repeat: "monthly",
      occurrences: "4",
      topics: ["open-science", "open-access"],
    },
  },
  {
    publisher: { programme: PEER_PROGRAMME_SLUG },
    inDays: 10,
    at: "13:00",
    registrants: 4,
    values: {
      title: "Peer mentoring: an hour with this round's partners",
      description: "Meet other partnerships of the programme and swap what has worked so far.",
      timeZone: "UTC",
      language: "en",
      onlineUrl: "https://meet.example.org/peer-hour",
      durationMinutes: "60",
      topics: ["mentoring", "international-collaboration"],
    },
  },
];

function formOf(event: DemoEvent, now: Date): EventFormValues {
  const day = instantToLocalDateTime(
    new Date(now.getTime() + event.inDays * DAY_MS),
    event.values.timeZone,
  ).slice(0, 10);
  return {
    kind: "event",
    description: "",
    onlineUrl: "",
    venue: "",
    city: "",
    country: "",
    durationMinutes: "60",
    capacity: "",
    repeat: "none",
    occurrences: "1",
    courseWeeks: "",
    unitTitles: [],
    topics: [],
    ...event.values,
    startsAtLocal: `${day}T${event.at}`,
  };
}

/**
 * Publishes the demo's events as an administrator (who may publish for any network or
 * programme) and registers demo members in a fixed order, the participant first for the course.
 */
export async function loadEventsDemo(
  services: AllUseCaseDeps,
  community: DemoCommunity,
): Promise<void> {
  const useCases = createUseCases(services);
  const admin: Actor = { userId: community.adminId, role: "admin" };
  const members: Actor[] = community.memberIds.map((userId) => ({ userId, role: "user" }));
  for (const [index, event] of DEMO_EVENTS.entries()) {
    if ("network" in event.publisher && !community.networkIds.has(event.publisher.network))
      throw new Error(`demo: no network ${event.publisher.network}`);
    const published = await useCases.publishEvent(admin, {
      publisher: event.publisher,
      values: formOf(event, community.now),
    });
    if (!published.ok)
      throw new Error(`demo event ${event.values.title}: ${JSON.stringify(published.error)}`);
    const registrants =
      event.values.kind === "course"
        ? [{ userId: community.participantId, role: "user" as const }, ...members]
        : members.slice(index % 5);
    for (const member of registrants.slice(0, event.registrants)) {
      const registered = await useCases.registerForEvent(member, { slug: published.value.slug });
      if (!registered.ok) throw new Error(`demo registration: ${JSON.stringify(registered.error)}`);
    }
  }
}
