import type { Publisher } from "../authorise.ts";
import type { NewsPostRecord, NewsPublisher } from "./news-ports.ts";

/** Who published a post, as canPublishFor asks it. */
export function publisherOf(post: Pick<NewsPostRecord, "networkId" | "programmeId">): Publisher {
  return post.networkId ? { networkId: post.networkId } : { programmeId: post.programmeId! };
}

/** A network or programme found by slug, as canPublishFor asks it. */
export function publisherRef(publisher: NewsPublisher): Publisher {
  return publisher.kind === "network" ? { networkId: publisher.id } : { programmeId: publisher.id };
}
