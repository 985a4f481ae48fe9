/**
 * Every request the facilitator pages of one programme answer: each page (GET) and each form
 * its route's `action` handles (POST, one entry per `intent`), with the fields that form
 * sends. Paths are the route templates of src/web/routes.ts; `:name` in a path or a form
 * value is filled from the ids a walk discovered (see fillTemplate). The outsider walk
 * sends all of them; facilitator-requests coverage fails when a route is missing here.
 */
export type FormFields = Record<string, string | readonly string[]>;

export interface FacilitatorRequest {
  method: "GET" | "POST";
  /** A route template, with the query its page reads where it needs one. */
  path: string;
  form?: FormFields;
  /** The import form is a multipart upload: `form` plus a CSV file field. */
  upload?: boolean;
}

const ROUND = "/facilitate/rounds/:roundId";
const RUN = `${ROUND}/matching/runs/:runId`;
const PROGRAMME = "/facilitate/programmes/:programmeId";
const SESSIONS = `${ROUND}/sessions`;
const FOLLOW_UP = `${ROUND}/follow-up`;
const SURVEY = `${ROUND}/surveys/:surveyId`;

/** A valid round form (saveRound validates before it authorises, so the fields must pass). */
const ROUND_FORM: FormFields = {
  name: "Taken over",
  theme: "",
  mode: "peer",
  timeZone: "UTC",
  applicationsOpenAt: "2026-01-01T09:00",
  applicationsCloseAt: "2030-03-01T09:00",
  matchingAt: "2030-03-03T09:00",
  startsAt: "2030-03-10T09:00",
  endsAt: "2030-07-10T09:00",
  rulesMarkdown: "Taken over.",
  countryCapPercent: "20",
  allowTriads: "on",
  groupSize: "",
};

/** A valid group session form (so that only the authorisation can refuse it). */
const SESSION_FORM: FormFields = {
  title: "Taken over",
  description: "",
  startsAtLocal: "2030-04-15T10:00",
  timeZone: "UTC",
  durationMinutes: "60",
  onlineUrl: "https://meet.example.org/taken-over",
  place: "",
};

/** A valid survey question (so that only the authorisation can refuse it). */
const SURVEY_QUESTION_FORM: FormFields = {
  type: "single",
  "prompts.en": "Taken over?",
  optionId: ["", ""],
  "optionLabel.en": ["Yes", "No"],
};

/** A valid event form (so that only the authorisation can refuse it). */
const EVENT_FORM: FormFields = {
  kind: "event",
  title: "Taken over",
  description: "",
  onlineUrl: "https://meet.example.org/taken-over",
  venue: "",
  city: "",
  country: "",
  timeZone: "UTC",
  startsAtLocal: "2030-04-15T10:00",
  durationMinutes: "60",
  capacity: "",
  repeat: "none",
  occurrences: "1",
  courseWeeks: "",
  language: "en",
};
const EVENT = "/events/:slug";

/** A valid topic in the programme's default language. */
const TOPIC_FORM: FormFields = { "en.title": "Taken over", "en.prompt": "Taken over." };

/**
 * Deepest pages first, so that in a build without authorisation (where these requests do
 * act) each one still finds what it names: the person in the run before their application
 * is rejected, the run before its round is reopened.
 */
export const FACILITATOR_REQUESTS: readonly FacilitatorRequest[] = [
  // A round's surveys: a question changed, moved, removed; a new one; the dates.
  { method: "GET", path: `${SURVEY}/questions/:questionId` },
  { method: "POST", path: `${SURVEY}/questions/:questionId`, form: SURVEY_QUESTION_FORM },
  { method: "GET", path: `${SURVEY}/questions/new` },
  { method: "POST", path: `${SURVEY}/questions/new`, form: SURVEY_QUESTION_FORM },
  { method: "GET", path: SURVEY },
  { method: "POST", path: SURVEY, form: { intent: "moveUp", questionId: ":questionId" } },
  { method: "POST", path: SURVEY, form: { intent: "moveDown", questionId: ":questionId" } },
  { method: "POST", path: SURVEY, form: { intent: "remove", questionId: ":questionId" } },
  {
    method: "POST",
    path: SURVEY,
    form: {
      intent: "dates",
      sendAtLocal: "2030-05-10T09:00",
      remindAtLocal: "",
      closesAtLocal: "2030-06-10T09:00",
      timeZone: "UTC",
    },
  },
  { method: "POST", path: `${ROUND}/surveys`, form: { intent: "create" } },
  { method: "GET", path: `${ROUND}/surveys` },
  // The round's report, its exports, the public summary (preview, publish, take down) and
  // planning the next round (the plan page saves with the round form).
  { method: "GET", path: `${ROUND}/report` },
  { method: "GET", path: `${ROUND}/report.json` },
  { method: "GET", path: `${ROUND}/report/:table` },
  { method: "GET", path: `${ROUND}/summary-preview` },
  { method: "POST", path: `${ROUND}/report`, form: { intent: "publish", confirm: "yes" } },
  { method: "POST", path: `${ROUND}/report`, form: { intent: "unpublish" } },
  { method: "POST", path: `${ROUND}/report`, form: { intent: "plan", name: "Taken over" } },
  { method: "GET", path: `${ROUND}/plan` },
  { method: "POST", path: `${ROUND}/plan`, form: ROUND_FORM },
  // The round's co-written guide: starting it, its details, its chapters, publishing.
  { method: "GET", path: `${ROUND}/guide` },
  {
    method: "POST",
    path: `${ROUND}/guide`,
    form: { intent: "start", title: "Taken over", summary: "" },
  },
  { method: "POST", path: `${ROUND}/guide`, form: { intent: "add", slug: "x", title: "Taken" } },
  {
    method: "POST",
    path: `${ROUND}/guide`,
    form: { intent: "publish", slug: "x", confirm: "yes" },
  },
  // A running round's group sessions: one edited, then cancelled; a new one.
  { method: "GET", path: `${SESSIONS}/:sessionId/edit` },
  { method: "POST", path: `${SESSIONS}/:sessionId/edit`, form: SESSION_FORM },
  { method: "GET", path: `${SESSIONS}/:sessionId/cancel` },
  { method: "POST", path: `${SESSIONS}/:sessionId/cancel` },
  { method: "GET", path: `${SESSIONS}/new` },
  { method: "POST", path: `${SESSIONS}/new`, form: SESSION_FORM },
  { method: "GET", path: SESSIONS },
  // Following up: a message to a pair, resolving, dissolving, re-matching a free person.
  { method: "GET", path: FOLLOW_UP },
  {
    method: "POST",
    path: FOLLOW_UP,
    form: { partnershipId: ":partnershipId", message: "Taken over." },
  },
  { method: "POST", path: FOLLOW_UP, form: { intent: "resolve", partnershipId: ":partnershipId" } },
  { method: "GET", path: `${FOLLOW_UP}/:partnershipId/dissolve` },
  { method: "POST", path: `${FOLLOW_UP}/:partnershipId/dissolve` },
  { method: "GET", path: `${FOLLOW_UP}/rematch/:applicationId` },
  {
    method: "POST",
    path: `${FOLLOW_UP}/rematch/:applicationId`,
    form: { partnerId: ":partnerId", name: "x", partnerName: "y" },
  },
  { method: "GET", path: `${FOLLOW_UP}/rematch` },
  // The round's partnerships, their CSV, its dashboard and its topic schedule.
  { method: "GET", path: `${ROUND}/partnerships` },
  { method: "GET", path: `${ROUND}/partnerships.csv` },
  { method: "GET", path: `${ROUND}/dashboard` },
  { method: "GET", path: `${ROUND}/topics` },
  { method: "POST", path: `${ROUND}/topics`, form: { "week-1": ":topicId" } },
  // One run: its result and the group actions, progress, a swap, a person, publishing.
  { method: "GET", path: RUN },
  { method: "POST", path: RUN, form: { intent: "group", group: ":groupA", action: "unmatch" } },
  { method: "POST", path: RUN, form: { intent: "swap", swap: [":groupA", ":groupB"] } },
  { method: "GET", path: `${RUN}/progress` },
  { method: "GET", path: `${RUN}/swap?a=:groupA&b=:groupB` },
  {
    method: "POST",
    path: `${RUN}/swap`,
    form: { group: [":groupA", ":groupB"], option: "0", confirm: "on" },
  },
  { method: "GET", path: `${RUN}/people/:applicationId` },
  {
    method: "POST",
    path: `${RUN}/people/:applicationId`,
    form: { partner: ":partnerId", confirm: "on" },
  },
  { method: "GET", path: `${RUN}/publish` },
  { method: "POST", path: `${RUN}/publish`, form: { confirm: "on" } },
  // Matching: the overview (a new run, based on an existing one), comparing, blocks.
  { method: "GET", path: `${ROUND}/matching` },
  { method: "POST", path: `${ROUND}/matching`, form: { seed: "7", basedOn: ":runId" } },
  { method: "GET", path: `${ROUND}/matching/compare?a=:runId&b=:otherRunId` },
  { method: "GET", path: `${ROUND}/matching/blocks` },
  {
    method: "POST",
    path: `${ROUND}/matching/blocks`,
    form: { a: ":blockedA", b: ":blockedB", names: "x" },
  },
  // Applicants: the list, its CSV export, one applicant and the decision, the import.
  { method: "GET", path: `${ROUND}/applicants` },
  { method: "GET", path: `${ROUND}/applicants.csv` },
  { method: "GET", path: `${ROUND}/applicants/:applicationId` },
  {
    method: "POST",
    path: `${ROUND}/applicants/:applicationId`,
    form: { decision: "rejected", message: "Taken over.", notify: "yes" },
  },
  { method: "GET", path: `${ROUND}/import` },
  { method: "POST", path: `${ROUND}/import`, form: { consent: "yes" }, upload: true },
  { method: "GET", path: `${ROUND}/import/:jobId` },
  // The round: status changes, accepting everyone, cloning, editing.
  { method: "GET", path: ROUND },
  { method: "POST", path: ROUND, form: { status: "open" } },
  { method: "POST", path: ROUND, form: { intent: "accept-all", reviewed: "yes" } },
  { method: "POST", path: ROUND, form: { intent: "clone", name: "Taken over" } },
  { method: "GET", path: `${ROUND}/edit` },
  { method: "POST", path: `${ROUND}/edit`, form: ROUND_FORM },
  // The programme's topic library: a topic edited, archived, restored; a new topic.
  { method: "GET", path: `${PROGRAMME}/topics/:topicId` },
  { method: "POST", path: `${PROGRAMME}/topics/:topicId`, form: TOPIC_FORM },
  { method: "POST", path: `${PROGRAMME}/topics/:topicId`, form: { intent: "archive" } },
  { method: "POST", path: `${PROGRAMME}/topics/:topicId`, form: { intent: "restore" } },
  { method: "GET", path: `${PROGRAMME}/topics/new` },
  { method: "POST", path: `${PROGRAMME}/topics/new`, form: TOPIC_FORM },
  { method: "GET", path: `${PROGRAMME}/topics` },
  // Publishing the topic library as open data, and withdrawing it (issue 15).
  { method: "POST", path: `${PROGRAMME}/topics`, form: { intent: "publish", confirm: "yes" } },
  { method: "POST", path: `${PROGRAMME}/topics`, form: { intent: "withdraw" } },
  // The programme: its page, the facilitator invitation, its settings, a new round.
  { method: "GET", path: PROGRAMME },
  {
    method: "POST",
    path: PROGRAMME,
    form: { intent: "invite", email: ":inviteEmail" },
  },
  {
    method: "POST",
    path: PROGRAMME,
    form: {
      intent: "save-programme",
      name: "Taken over",
      description: "",
      organisation: "",
      defaultLanguage: "en",
    },
  },
  { method: "GET", path: `${PROGRAMME}/rounds/new` },
  { method: "POST", path: `${PROGRAMME}/rounds/new`, form: ROUND_FORM },
  // How long the programme keeps its finished rounds' applications (issue 16).
  { method: "GET", path: `${PROGRAMME}/retention` },
  { method: "POST", path: `${PROGRAMME}/retention`, form: { keep: "days", days: "60" } },
  // The programme's events (issue 14): publishing, changing, cancelling, the registrations.
  { method: "GET", path: `${EVENT}/registrations` },
  { method: "GET", path: `${EVENT}/edit` },
  { method: "POST", path: `${EVENT}/edit`, form: EVENT_FORM },
  { method: "GET", path: `${EVENT}/cancel` },
  { method: "POST", path: `${EVENT}/cancel` },
  { method: "GET", path: "/events/new?programme=:programmeSlug" },
  { method: "POST", path: "/events/new?programme=:programmeSlug", form: EVENT_FORM },
];

/**
 * Facilitator pages that belong to no programme: what each role gets there (a facilitator
 * of any programme may create another; the day, and each of its sections, covers only the
 * programmes one facilitates, so an account with none has no day). None shows anything of
 * the walked programme. `:section` is each section of the day (see DAY_SECTIONS).
 */
export const PROGRAMMELESS_PAGES = [
  { path: "/facilitate", outsider: 200, otherFacilitator: 200 },
  { path: "/facilitate/programmes/new", outsider: 404, otherFacilitator: 200 },
  { path: "/facilitate/today", outsider: 404, otherFacilitator: 200 },
  { path: "/facilitate/today/:section", outsider: 404, otherFacilitator: 200 },
] as const;

export type WalkIds = Record<string, string>;

/** Fills `:name` placeholders; undefined when an id the template needs is not known. */
export function fillTemplate(template: string, ids: WalkIds): string | undefined {
  let missing = false;
  const filled = template.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const id = ids[name];
    if (id === undefined) missing = true;
    return encodeURIComponent(id ?? "");
  });
  return missing ? undefined : filled;
}

/** The form's fields with their placeholders filled, as FormData (repeated names kept). */
export function fillForm(form: FormFields, ids: WalkIds): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(form)) {
    for (const one of typeof value === "string" ? [value] : value) {
      data.append(name, one.startsWith(":") ? (ids[one.slice(1)] ?? one) : one);
    }
  }
  return data;
}

/** The route template of a request, without its query, as react-router writes it. */
export function routePathOf(request: FacilitatorRequest): string {
  return request.path.split("?")[0]!.replace(/^\//, "");
}
