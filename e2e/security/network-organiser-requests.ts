/**
 * Every request of a network's organiser pages and of the administrators' queue: each page
 * (GET) and each form its route's `action` handles (POST, one entry per `intent`), with valid
 * fields so that only the authorisation can refuse them. `:name` is filled from the walk's ids.
 */
import type { FacilitatorRequest, FormFields } from "./facilitator-requests.ts";

const NETWORK = "/networks/:slug";
const CAMPAIGN = `${NETWORK}/campaigns/:campaignSlug`;

const NETWORK_FORM: FormFields = {
  intent: "details",
  name: "Taken over",
  kind: "national",
  description: "Taken over.",
  country: "GB",
  region: "",
  city: "",
  online: "",
  sectors: ["school"],
  languages: ["en"],
  websiteUrl: "",
  mailingListUrl: "",
  blogUrl: "",
};

const CAMPAIGN_FORM: FormFields = {
  intent: "save",
  title: "Taken over",
  body: "",
  petitionText: "Taken over.",
  goal: "",
};

export const NETWORK_ORGANISER_REQUESTS: readonly FacilitatorRequest[] = [
  { method: "GET", path: `${CAMPAIGN}/edit` },
  { method: "POST", path: `${CAMPAIGN}/edit`, form: CAMPAIGN_FORM },
  { method: "POST", path: `${CAMPAIGN}/edit`, form: { intent: "close" } },
  { method: "POST", path: `${CAMPAIGN}/edit`, form: { intent: "reopen" } },
  { method: "GET", path: `${NETWORK}/campaigns/new` },
  { method: "POST", path: `${NETWORK}/campaigns/new`, form: CAMPAIGN_FORM },
  { method: "GET", path: `${NETWORK}/organise` },
  { method: "POST", path: `${NETWORK}/organise`, form: NETWORK_FORM },
  {
    method: "POST",
    path: `${NETWORK}/organise`,
    form: { intent: "invite", email: ":inviteEmail" },
  },
  {
    method: "POST",
    path: `${NETWORK}/organise`,
    form: { intent: "confirm-remove", userId: ":organiserId" },
  },
  {
    method: "POST",
    path: `${NETWORK}/organise`,
    form: { intent: "remove", userId: ":organiserId" },
  },
  // A proposal still waiting: its page is its proposer's and the administrators'.
  { method: "GET", path: "/networks/:proposedSlug" },
  { method: "GET", path: "/admin/networks" },
  {
    method: "POST",
    path: "/admin/networks",
    form: { networkId: ":proposedId", decision: "approve", reason: "" },
  },
  {
    method: "POST",
    path: "/admin/networks",
    form: { networkId: ":proposedId", decision: "decline", reason: "Taken over." },
  },
];
