import { INTERESTS, type Interest } from "./vocabulary.ts";

/**
 * English labels of the shared interests, for places without i18n (the CSV import accepts
 * them as well as ids; the command line prints them in explanations).
 */
export const INTEREST_LABELS_EN: Readonly<Record<Interest, string>> = {
  "academic-libraries": "academic libraries",
  accessibility: "accessibility",
  advocacy: "advocacy",
  "archives-records": "archives and records",
  "artificial-intelligence": "artificial intelligence",
  "cataloguing-metadata": "cataloguing and metadata",
  "children-services": "children's services",
  "collection-development": "collection development",
  "community-engagement": "community engagement",
  copyright: "copyright",
  "data-management": "research data management",
  "digital-humanities": "digital humanities",
  "digital-literacy": "digital literacy",
  "digital-preservation": "digital preservation",
  "diversity-inclusion": "diversity and inclusion",
  "e-resources": "e-resources",
  "evidence-based-practice": "evidence-based practice",
  exhibitions: "exhibitions",
  "funding-grants": "funding and grants",
  "health-information": "health information",
  "indigenous-knowledge": "indigenous knowledge",
  "information-literacy": "information literacy",
  "instruction-teaching": "instruction and teaching",
  "international-collaboration": "international collaboration",
  "knowledge-management": "knowledge management",
  "law-librarianship": "law librarianship",
  leadership: "leadership",
  "library-design-spaces": "library design and spaces",
  "library-marketing": "library marketing",
  "library-systems": "library systems",
  "licensing-negotiation": "licensing and negotiation",
  "local-history": "local history",
  makerspaces: "makerspaces",
  management: "management",
  "medical-librarianship": "medical librarianship",
  mentoring: "mentoring",
  "multilingual-services": "multilingual services",
  museums: "museums",
  "open-access": "open access",
  "open-science": "open science",
  outreach: "outreach",
  policy: "policy",
  privacy: "privacy",
  "professional-development": "professional development",
  "programming-events": "programming and events",
  "public-libraries": "public libraries",
  "reader-development": "reader development",
  "reference-services": "reference services",
  "rare-books": "rare books",
  "research-support": "research support",
  "school-libraries": "school libraries",
  "scholarly-communication": "scholarly communication",
  "social-media": "social media",
  "solo-librarianship": "solo librarianship",
  "special-collections": "special collections",
  sustainability: "sustainability",
  "systematic-reviews": "systematic reviews",
  "teen-services": "teen services",
  "user-experience": "user experience",
  wellbeing: "wellbeing",
};

const interestByKey = new Map<string, Interest>();
for (const id of INTERESTS) {
  interestByKey.set(interestKey(id), id);
  interestByKey.set(interestKey(INTEREST_LABELS_EN[id]), id);
}

function interestKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/&/g, " and ")
    .replace(/[\s_-]+/g, " ")
    .trim();
}

/** The interest id for an id or English label in any case ("Children's services"); else undefined. */
export function findInterestId(value: string): Interest | undefined {
  return interestByKey.get(interestKey(value));
}
