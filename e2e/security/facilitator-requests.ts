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

/**
 * Deepest pages first, so that in a build without authorisation (where these requests do
 * act) each one still finds what it names: the person in the run before their application
 * is rejected, the run before its round is reopened.
 */
export const FACILITATOR_REQUESTS: readonly FacilitatorRequest[] = [
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
  // The programme: its page, the facilitator invitation, its settings, a new round.
  { method: "GET", path: "/facilitate/programmes/:programmeId" },
  {
    method: "POST",
    path: "/facilitate/programmes/:programmeId",
    form: { intent: "invite", email: ":inviteEmail" },
  },
  {
    method: "POST",
    path: "/facilitate/programmes/:programmeId",
    form: {
      intent: "save-programme",
      name: "Taken over",
      description: "",
      organisation: "",
      defaultLanguage: "en",
    },
  },
  { method: "GET", path: "/facilitate/programmes/:programmeId/rounds/new" },
  { method: "POST", path: "/facilitate/programmes/:programmeId/rounds/new", form: ROUND_FORM },
];

/**
 * Facilitator pages that belong to no programme: what each role gets there (a facilitator
 * of any programme may create another). Neither shows anything of the walked programme.
 */
export const PROGRAMMELESS_PAGES = [
  { path: "/facilitate", outsider: 200, otherFacilitator: 200 },
  { path: "/facilitate/programmes/new", outsider: 404, otherFacilitator: 200 },
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
