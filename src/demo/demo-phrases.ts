import {
  INTERESTS,
  type CareerStage,
  type Interest,
  type Sector,
} from "../domain/vocabulary/vocabulary.ts";

/**
 * Interests from most to least often chosen, as in a typical round: general topics first,
 * niche ones last. Sampled with Zipf-like weights (see createInterests).
 */
const INTEREST_RANKING_HEAD: readonly Interest[] = [
  "information-literacy",
  "digital-literacy",
  "professional-development",
  "leadership",
  "community-engagement",
  "open-access",
  "reader-development",
  "library-marketing",
  "user-experience",
  "collection-development",
  "children-services",
  "research-support",
  "international-collaboration",
  "programming-events",
  "outreach",
  "advocacy",
  "diversity-inclusion",
  "management",
  "mentoring",
  "cataloguing-metadata",
  "social-media",
  "instruction-teaching",
  "e-resources",
  "library-design-spaces",
  "artificial-intelligence",
  "scholarly-communication",
  "digital-preservation",
  "makerspaces",
  "teen-services",
  "data-management",
  "copyright",
  "accessibility",
  "special-collections",
  "local-history",
  "archives-records",
  "digital-humanities",
  "wellbeing",
  "library-systems",
  "evidence-based-practice",
  "sustainability",
  "open-science",
  "multilingual-services",
  "funding-grants",
];
export const INTEREST_RANKING: readonly Interest[] = [
  ...INTEREST_RANKING_HEAD,
  ...INTERESTS.filter((interest) => !INTEREST_RANKING_HEAD.includes(interest)),
];

/** Interests people in a sector choose far more often than average. */
export const SECTOR_INTERESTS: Record<Sector, readonly Interest[]> = {
  public: [
    "public-libraries",
    "community-engagement",
    "programming-events",
    "children-services",
    "reader-development",
  ],
  academic: [
    "academic-libraries",
    "research-support",
    "open-access",
    "scholarly-communication",
    "data-management",
  ],
  school: [
    "school-libraries",
    "children-services",
    "teen-services",
    "reader-development",
    "information-literacy",
  ],
  "special-law": [
    "law-librarianship",
    "knowledge-management",
    "licensing-negotiation",
    "solo-librarianship",
  ],
  "special-medical": [
    "medical-librarianship",
    "health-information",
    "systematic-reviews",
    "evidence-based-practice",
  ],
  "special-corporate": [
    "knowledge-management",
    "licensing-negotiation",
    "e-resources",
    "solo-librarianship",
  ],
  government: ["policy", "knowledge-management", "archives-records", "privacy"],
  archive: ["archives-records", "digital-preservation", "local-history", "special-collections"],
  museum: ["museums", "exhibitions", "special-collections", "rare-books"],
  other: ["outreach", "advocacy", "wellbeing", "diversity-inclusion"],
};

/** English library names per sector; `{city}` is the city's Latin name. */
export const ENGLISH_LIBRARIES: Record<Sector, readonly string[]> = {
  public: ["{city} Central Library", "{city} Public Library", "{city} Libraries – Eastside Branch"],
  academic: [
    "University of {city} Library",
    "{city} Institute of Technology Library",
    "{city} College Learning Centre",
  ],
  school: [
    "{city} International School Library",
    "{city} High School Library",
    "St Mary's College Library, {city}",
  ],
  "special-law": [
    "{city} Law Society Library",
    "Library of the {city} Bar Association",
    "Knowledge Centre, Hartley & Shaw LLP ({city})",
  ],
  "special-medical": [
    "{city} General Hospital Medical Library",
    "{city} Children's Hospital Library",
    "Health Sciences Library, {city} Cancer Centre",
  ],
  "special-corporate": [
    "Information Centre, Meridian Engineering ({city})",
    "Corporate Library, Horizon Pharma ({city})",
    "Knowledge Services, {city} Chamber of Commerce",
  ],
  government: [
    "{city} City Council Information Service",
    "Ministry of Education Library",
    "National Statistics Office Library",
    "Parliamentary Library",
  ],
  archive: ["{city} City Archives", "Regional Archives, {city}", "{city} Diocesan Archives"],
  museum: [
    "{city} Museum of Art Library",
    "{city} Natural History Museum Library",
    "{city} Museum of History – Library and Archive",
  ],
  other: [
    "{city} Prison Library",
    "Mobile Library Service, {city}",
    "{city} Library Consortium",
    "Library Association office, {city}",
  ],
};

type StageBand = "student" | "early" | "mid" | "senior";

/** English job titles per sector and career stage (retired people say so instead). */
export const JOB_TITLES: Record<
  Sector,
  Record<Exclude<StageBand, "student">, readonly string[]>
> = {
  public: {
    early: ["Library Assistant", "Children's Librarian", "Community Librarian", "Library Officer"],
    mid: [
      "Branch Librarian",
      "Reader Development Librarian",
      "Youth Services Librarian",
      "Digital Services Librarian",
    ],
    senior: [
      "Head of Library Services",
      "Library Director",
      "Branch Manager",
      "Library Services Manager",
    ],
  },
  academic: {
    early: ["Library Assistant", "Graduate Trainee Librarian", "Research Support Officer"],
    mid: [
      "Subject Librarian",
      "Liaison Librarian",
      "Metadata Librarian",
      "Scholarly Communications Librarian",
      "Systems Librarian",
    ],
    senior: [
      "Head of Research Services",
      "University Librarian",
      "Associate Director, Collections",
    ],
  },
  school: {
    early: ["School Librarian", "Library Assistant", "Teacher Librarian"],
    mid: ["School Librarian", "Teacher Librarian", "Library Media Specialist"],
    senior: ["Head of Library and Information Services", "Lead School Librarian"],
  },
  "special-law": {
    early: ["Legal Information Assistant", "Law Librarian"],
    mid: ["Law Librarian", "Legal Information Officer", "Knowledge Manager"],
    senior: ["Head of Knowledge and Library Services", "Library Director"],
  },
  "special-medical": {
    early: ["Library Assistant", "Clinical Librarian"],
    mid: ["Clinical Librarian", "Health Sciences Librarian", "Outreach Librarian"],
    senior: ["Library and Knowledge Services Manager", "Head of Health Libraries"],
  },
  "special-corporate": {
    early: ["Information Assistant", "Research Analyst"],
    mid: ["Information Specialist", "Knowledge Manager", "Research Librarian"],
    senior: ["Head of Information Services", "Director of Knowledge Management"],
  },
  government: {
    early: ["Information Officer", "Library Officer"],
    mid: ["Research Librarian", "Records Manager", "Information Officer"],
    senior: ["Director of Library Services", "Chief Librarian"],
  },
  archive: {
    early: ["Assistant Archivist", "Archives Assistant"],
    mid: ["Archivist", "Digital Archivist", "Records Manager"],
    senior: ["Head of Archives", "Senior Archivist"],
  },
  museum: {
    early: ["Library and Archives Assistant", "Collections Assistant"],
    mid: ["Museum Librarian", "Collections Information Officer"],
    senior: ["Head of Library and Archives", "Curator of Books and Manuscripts"],
  },
  other: {
    early: ["Library Officer", "Outreach Assistant"],
    mid: ["Prison Librarian", "Mobile Library Officer", "Information Professional"],
    senior: ["Library Consultant", "Programme Manager"],
  },
};

export const STUDENT_TITLES = [
  "LIS student",
  "MLIS student",
  "Library Trainee",
  "Graduate Trainee",
];
export const RETIRED_TITLES = [
  "Retired librarian",
  "Retired (formerly Head of Library Services)",
  "Volunteer librarian",
];

/** Years of experience consistent with each career stage. */
export const EXPERIENCE_YEARS: Record<CareerStage, readonly [number, number]> = {
  student: [0, 2],
  early: [0, 5],
  mid: [6, 15],
  senior: [15, 35],
  retired: [30, 45],
};

/** Goals in English; `{a}`, `{b}` are interests, `{years}` the years of experience. */
export const GOALS_EN = {
  any: [
    "Learn how colleagues abroad approach {a}.",
    "I'd like to compare notes on {a} and {b} with someone working in a different library system.",
    "Find a partner to swap ideas about {a}: we are starting a new project on it next year.",
    "Build my confidence in {a} and widen my professional network beyond my own country.",
    "Get an outside perspective on {a} before I propose changes at my library.",
    "Share what we have learned about {a}, and learn about {b} in return.",
  ],
  solo: ["As the only librarian here, I miss having a colleague to think aloud with about {a}."],
  secondLanguage: ["Practise my professional English while talking about {a}."],
  early: [
    "Work out where my career could go next, and learn about {a} from someone further along.",
  ],
  senior: [
    "Give back: after {years} years in libraries I'd enjoy supporting a colleague's ideas on {a}.",
  ],
  mentor: [
    "Support a colleague who is starting international work; I can share {years} years of experience with {a}.",
    "Help a newer librarian plan a project on {a}, and learn from their fresh eyes.",
  ],
  mentee: [
    "Find a mentor who can help me with {a} and with planning my next career step.",
    "Get guidance on starting an international project on {a}.",
  ],
};

export const OTHER_INTERESTS_EN = [
  "graphic novels",
  "seed libraries",
  "library of things",
  "oral history",
  "games in libraries",
  "Wikidata",
  "prison libraries",
  "bibliotherapy",
  "mobile libraries",
  "podcasting",
  "citizen science",
  "services for refugees",
  "dementia-friendly libraries",
  "LGBTQ+ collections",
  "storytelling",
  "IIIF",
  "linked data",
  "Koha",
  "coding clubs",
  "zines",
];
