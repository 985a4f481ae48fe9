import type { ProfileVisibility } from "../../../domain/profiles/profile-visibility.ts";
import type { ShownSpotlight } from "../../../use-cases/spotlights/spotlight-ports.ts";
import { renderMarkdown } from "../../shared/markdown.server.ts";
import type { SpotlightContentData } from "./spotlight-content.tsx";

/** A person's profile links only when the viewer may open it. */
function profileId(userId: string | null, visibility: ProfileVisibility | null, signedIn: boolean) {
  if (!userId || !visibility) return null;
  return visibility === "public" || (visibility === "members" && signedIn) ? userId : null;
}

/** What a page sends of a spotlight; its Markdown rendered here, on the server. */
export function toSpotlightContent(s: ShownSpotlight, signedIn: boolean): SpotlightContentData {
  return {
    id: s.id,
    title: s.title,
    // The news posts' rendering: https images with alt text only, then sanitize-html.
    bodyHtml: renderMarkdown(s.body, 2, { images: true }),
    linkUrl: s.linkUrl,
    imageUrl: s.imageUrl,
    imageAlt: s.imageAlt,
    status: s.status,
    author: { name: s.authorName, profileId: profileId(s.authorId, s.authorProfile, signedIn) },
    subject: {
      name: s.subjectName,
      profileId: profileId(s.subjectUserId, s.subjectProfile, signedIn),
    },
    answeredAt: s.answeredAt,
    createdAt: s.createdAt,
    thanksCount: s.thanksCount,
  };
}
