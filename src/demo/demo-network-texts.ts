/** What the demo's networks say about themselves, who proposed and joined them, and who signed the Greek petition. */
import type { NetworkFormValues } from "../domain/networks/network-input.ts";

const at = (local: string) => `${local}@members.shelfmates.localhost`;

export interface DemoNetworkSpec {
  /** The slug the name makes; other demo parts (events, news) find the network by it. */
  slug: string;
  proposer: string;
  values: Partial<NetworkFormValues> & { name: string };
  /** Who joins besides the proposer, and whether they show their membership. */
  members: readonly (readonly [email: string, visible: boolean])[];
}

export const DEMO_NETWORKS: readonly DemoNetworkSpec[] = [
  {
    slug: "national-school-librarians-uk",
    proposer: at("sarah.whitfield"),
    values: {
      name: "National School Librarians UK",
      kind: "national",
      country: "GB",
      online: "on",
      sectors: ["school"],
      languages: ["en"],
      websiteUrl: "https://school-librarians-uk.example.org",
      mailingListUrl: "https://lists.example.org/school-librarians-uk",
      description:
        "A network for everyone who runs a school library in England, Scotland, Wales and Northern Ireland — many of us the only librarian in the building.\n\n- Termly online meet-ups\n- A shared bank of reading-for-pleasure ideas\n- Advocacy with governors and head teachers",
    },
    members: [
      [at("james.okonkwo"), true],
      [at("priya.raman"), false],
      [at("liam.obrien"), true],
      [at("chloe.nguyen"), false],
    ],
  },
  {
    slug: "manchester-library-circle",
    proposer: at("james.okonkwo"),
    values: {
      name: "Manchester Library Circle",
      kind: "local",
      country: "GB",
      region: "Greater Manchester",
      city: "Manchester",
      sectors: ["public", "academic"],
      languages: ["en"],
      blogUrl: "https://manchester-library-circle.example.org/blog",
      description:
        "Library workers from Manchester's public, college and university libraries. We meet on the first Thursday of the month, in a different library each time, for a tour and a drink.",
    },
    members: [
      [at("sarah.whitfield"), true],
      [at("priya.raman"), true],
    ],
  },
  {
    slug: "solo-librarians",
    proposer: at("tomasz.kowalski"),
    values: {
      name: "Solo Librarians",
      kind: "specialist",
      online: "on",
      sectors: ["special-corporate", "special-law", "special-medical", "school", "other"],
      languages: ["en"],
      mailingListUrl: "https://lists.example.org/solo-librarians",
      description:
        "For librarians who work alone: in a firm, a hospital, a charity, a school. Monthly online coffee, a mailing list for the questions nobody at work can answer, and peer support for the whole job — from cataloguing to budgets.",
    },
    members: [
      [at("sarah.whitfield"), true],
      [at("camille.laurent"), true],
      [at("ingrid.svensson"), false],
      [at("chloe.nguyen"), true],
      [at("aisha.bello"), false],
    ],
  },
  {
    slug: "medical-librarians-europe",
    proposer: at("ingrid.svensson"),
    values: {
      name: "Medical Librarians Europe",
      kind: "specialist",
      online: "on",
      sectors: ["special-medical"],
      languages: ["en", "fr", "de"],
      websiteUrl: "https://medical-librarians-europe.example.org",
      description:
        "Health and medical librarians across Europe: evidence searching, systematic reviews, clinical support and patient information. Webinars every second month and a yearly meeting.",
    },
    members: [
      [at("priya.raman"), true],
      [at("tomasz.kowalski"), false],
    ],
  },
  {
    slug: "future-libraries-greece",
    proposer: at("eleni.papadopoulou"),
    values: {
      name: "Future Libraries Greece",
      kind: "national",
      country: "GR",
      online: "on",
      sectors: ["public", "school"],
      languages: ["el", "en"],
      websiteUrl: "https://future-libraries.example.gr",
      description:
        "Librarians, teachers and readers working for the future of Greece's public and school libraries: training, shared projects and the campaign **Libraries are worth it**.",
    },
    members: [
      [at("giorgos.nikolaidis"), true],
      [at("ingrid.svensson"), false],
    ],
  },
  {
    slug: "bibliotecarios-escolares-es",
    proposer: at("mariajose.fernandez"),
    values: {
      name: "Bibliotecarios Escolares (ES)",
      kind: "national",
      country: "ES",
      sectors: ["school"],
      languages: ["es", "ca", "gl", "eu"],
      websiteUrl: "https://bibliotecas-escolares.example.es",
      description:
        "Red de bibliotecarias y bibliotecarios escolares de toda España. Compartimos proyectos de lectura, formación y recursos para la biblioteca como centro de aprendizaje.",
    },
    members: [
      [at("javier.ortega"), true],
      [at("lucia.hernandez"), false],
    ],
  },
  {
    slug: "red-bibliotecas-rurales-mx",
    proposer: at("lucia.hernandez"),
    values: {
      name: "Red Bibliotecas Rurales (MX)",
      kind: "local",
      country: "MX",
      region: "Oaxaca",
      sectors: ["public"],
      languages: ["es"],
      description:
        "Bibliotecas públicas rurales de la región de Oaxaca: intercambio de libros, talleres de lectura en lenguas originarias y apoyo mutuo entre bibliotecarias que trabajan solas.",
    },
    members: [
      [at("diego.ramirez"), true],
      [at("mariajose.fernandez"), true],
    ],
  },
  {
    slug: "bibliothecaires-juridiques-fr",
    proposer: at("camille.laurent"),
    values: {
      name: "Bibliothécaires Juridiques (FR)",
      kind: "specialist",
      country: "FR",
      online: "on",
      sectors: ["special-law"],
      languages: ["fr"],
      mailingListUrl: "https://listes.example.fr/bibliothecaires-juridiques",
      description:
        "Documentalistes et bibliothécaires juridiques des cabinets, juridictions et universités. Veille partagée, formations aux bases de données et rencontres trimestrielles à Paris et en ligne.",
    },
    members: [
      [at("antoine.moreau"), true],
      [at("emilie.tremblay"), false],
    ],
  },
  {
    slug: "archives-network-ca",
    proposer: at("emilie.tremblay"),
    values: {
      name: "Archives Network (CA)",
      kind: "specialist",
      country: "CA",
      online: "on",
      sectors: ["archive"],
      languages: ["en", "fr"],
      websiteUrl: "https://archives-network.example.ca",
      description:
        "Archivists and records managers across Canada, in English and French: digitisation projects, community archives and the care of Indigenous records.",
    },
    members: [
      [at("daniel.chen"), true],
      [at("antoine.moreau"), false],
    ],
  },
  {
    slug: "kenya-library-innovators",
    proposer: at("wanjiku.kamau"),
    values: {
      name: "Kenya Library Innovators",
      kind: "national",
      country: "KE",
      sectors: ["public", "academic", "school"],
      languages: ["en", "sw"],
      description:
        "Librarians trying new things in Kenyan libraries: mobile libraries, makerspaces, digital literacy for young people. We share what worked and what did not.",
    },
    members: [
      [at("otieno.odhiambo"), true],
      [at("aisha.bello"), true],
    ],
  },
  {
    slug: "new-professionals-au",
    proposer: at("chloe.nguyen"),
    values: {
      name: "New Professionals AU",
      kind: "national",
      country: "AU",
      online: "on",
      sectors: ["public", "academic", "school", "special-corporate"],
      languages: ["en"],
      blogUrl: "https://newprofs-au.example.org",
      description:
        "For library and information students and people in their first five years of work in Australia: mentoring, job-hunting tips and a friendly first conference.",
    },
    members: [
      [at("liam.obrien"), true],
      [at("daniel.chen"), false],
    ],
  },
  {
    slug: "digital-scholarship-online",
    proposer: at("aisha.bello"),
    values: {
      name: "Digital Scholarship Online",
      kind: "international",
      online: "on",
      sectors: ["academic"],
      languages: ["en"],
      websiteUrl: "https://digital-scholarship.example.org",
      description:
        "Academic librarians supporting digital humanities, research data and open scholarship, wherever they are. A reading group, show-and-tell sessions and a shared list of tools.",
    },
    members: [
      [at("daniel.chen"), true],
      [at("javier.ortega"), true],
      [at("otieno.odhiambo"), false],
    ],
  },
];

/** A proposal still waiting for the administrator. */
export const DEMO_PROPOSAL = {
  proposer: at("giorgos.nikolaidis"),
  values: {
    name: "Thessaloniki Reading Circle",
    kind: "local",
    country: "GR",
    city: "Thessaloniki",
    sectors: ["public"],
    languages: ["el"],
    description:
      "Librarians of Thessaloniki who run reading groups, meeting every month to swap ideas and books.",
  } satisfies Partial<NetworkFormValues>,
};

interface Signer {
  name: string;
  email: string;
  country: string;
  comment?: string;
  commentPublic?: boolean;
}

const SIGNER_NAMES: readonly (readonly [string, string])[] = [
  ["Maria Georgiou", "GR"],
  ["Nikos Pappas", "GR"],
  ["Katerina Vlachou", "GR"],
  ["Dimitris Antoniou", "GR"],
  ["Sofia Karagianni", "GR"],
  ["Yannis Christou", "GR"],
  ["Anna Dimitriou", "GR"],
  ["Kostas Ioannou", "GR"],
  ["Eirini Makri", "GR"],
  ["Petros Alexiou", "GR"],
  ["Vasiliki Konstantinou", "GR"],
  ["Andreas Michail", "CY"],
  ["Christina Savva", "CY"],
  ["Panagiotis Stavrou", "GR"],
  ["Ioanna Theodorou", "GR"],
  ["Stelios Markou", "GR"],
  ["Despina Lambrou", "GR"],
  ["Thanasis Raptis", "GR"],
  ["Georgia Zervou", "GR"],
  ["Michalis Kyriakou", "GR"],
  ["Angeliki Petrou", "GR"],
  ["Leonidas Fotiou", "GR"],
  ["Marina Sotiriou", "GR"],
  ["Hannah Becker", "DE"],
  ["Emma Clarke", "GB"],
  ["Lukas Novak", "CZ"],
  ["Chiara Rossi", "IT"],
  ["Fotini Daskalaki", "GR"],
  ["Spyros Galanis", "GR"],
  ["Athina Koutsou", "GR"],
  // Never confirmed: they do not count.
  ["Pavlos Manos", "GR"],
  ["Rena Xenou", "GR"],
  ["Tasos Vrettos", "GR"],
  ["Olga Lazarou", "GR"],
];

const COMMENTS: Record<number, string> = {
  0: "The library in my village is where my children learned to love books. It deserves a librarian.",
  2: "I am a school librarian in Patras. Our library opens two days a week because there is nobody else.",
  4: "Libraries are the last free, warm, quiet place in town.",
  7: "Students come to our library for the internet they do not have at home.",
  11: "Solidarity from Cyprus: we face the same cuts.",
  15: "Evening opening hours would let working parents come with their children.",
  19: "Books, computers, a place to study: all for free. Worth every euro.",
  23: "Greetings from a librarian in Leipzig: good luck with the campaign!",
  24: "Every child should have a school librarian.",
  27: "Our municipal library is volunteer-run now. We need staff.",
};
const PRIVATE = new Set([2, 19]);

export const PETITION_SIGNERS: readonly Signer[] = SIGNER_NAMES.map(([name, country], i) => ({
  name,
  country,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@readers.example.org`,
  ...(COMMENTS[i] ? { comment: COMMENTS[i], commentPublic: !PRIVATE.has(i) } : {}),
}));
