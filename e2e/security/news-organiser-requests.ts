/**
 * Every request of the news pages only a publisher's organisers (or facilitators) may use:
 * each page (GET) and each form its route's `action` handles (POST), with valid fields so
 * that only the authorisation can refuse them. `:name` is filled from the walk's ids.
 */
import type { FacilitatorRequest, FormFields } from "./facilitator-requests.ts";

const POST = "/news/:slug";
const COMMENT = "/news/comments/:commentId";
const NEWS_FORM: FormFields = { title: "Taken over", body: "Taken over." };

export const NEWS_ORGANISER_REQUESTS: readonly FacilitatorRequest[] = [
  { method: "GET", path: "/news/new?programme=:programmeSlug" },
  { method: "POST", path: "/news/new?programme=:programmeSlug", form: NEWS_FORM },
  { method: "GET", path: `${POST}/edit` },
  { method: "POST", path: `${POST}/edit`, form: NEWS_FORM },
  { method: "GET", path: `${COMMENT}/hide` },
  { method: "POST", path: `${COMMENT}/hide` },
  { method: "POST", path: `${COMMENT}/keep` },
  // Last: in a build without authorisation it would take the post's comment with it.
  { method: "GET", path: `${POST}/delete` },
  { method: "POST", path: `${POST}/delete` },
];

/**
 * The moderation list covers what its viewer moderates: 404 for someone who moderates
 * nothing, their own reported comments (never these) for another network's organiser.
 */
export const NEWS_MODERATION_PAGE = "/news/moderation";
