/**
 * What the news use cases are given. News (issue 14): posts, comments and their moderation,
 * RSS and Atom feeds, following a network and the weekly digest.
 */
import type { Publisher } from "../authorise.ts";
import type { Page } from "../page.ts";

/** Where a post is published: an approved network or a programme. */
export interface NewsPublisher {
  kind: "network" | "programme";
  id: string;
  slug: string;
  name: string;
}

export interface NewsPostRecord {
  id: string;
  slug: string;
  networkId: string | null;
  programmeId: string | null;
  title: string;
  /** Markdown as written (checked on the way in), sanitised again when rendered. */
  body: string;
  authorId: string | null;
  publishedAt: Date;
  updatedAt: Date;
}

/** A post with what its pages and feeds show around it. */
export interface ShownNewsPost extends NewsPostRecord {
  authorName: string | null;
  publisher: NewsPublisher;
  /** Comments that are not hidden. */
  commentCount: number;
}

export interface NewsCommentRecord {
  id: string;
  postId: string;
  authorId: string | null;
  body: string;
  createdAt: Date;
  hiddenAt: Date | null;
  hiddenBy: string | null;
}

/** A comment as shown under its post (hidden ones never are). */
export interface ShownComment {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string | null;
  /** The viewer reported it already (a second report changes nothing). */
  reportedByViewer: boolean;
}

/** A reported comment waiting for a moderator, with its reports. */
export interface ReportedComment {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string | null;
  post: { slug: string; title: string };
  reports: { reason: string; createdAt: Date }[];
}

/** The publishers a moderator moderates; `all` for administrators. */
export type ModerationScope = "all" | { networkIds: string[]; programmeIds: string[] };

/** Whose posts a listing or a feed shows: every post, or one publisher's. */
export type NewsScope = "site" | Publisher;

/** A feed's address names its publisher by slug. */
export type NewsFeedScope = "site" | { kind: NewsPublisher["kind"]; slug: string };

/** The one small read a feed answers a conditional request with (decision 0013). */
export interface NewsFeedVersion {
  /** null for the site's feed. */
  publisher: NewsPublisher | null;
  /**
   * A digest of the ids and update times of the newest posts the feed shows: it changes
   * exactly when a post there is published, edited or deleted.
   */
  postsFingerprint: string;
  /** The newest update among those posts, or the publisher's own change, whichever is later. */
  newestChangeAt: Date | null;
}

/** One followed network's news and events for a digest. */
export interface DigestNetwork {
  network: { id: string; slug: string; name: string };
  posts: { slug: string; title: string; publishedAt: Date }[];
  events: { slug: string; title: string; startsAt: Date; timeZone: string; online: boolean }[];
}

/** A person who follows at least one network and has no digest for the week yet. */
export interface DigestRecipient {
  userId: string;
  email: string;
  name: string;
  locale: string | null;
  /** When their last digest (sent or empty) covered up to; null before the first. */
  lastDigestAt: Date | null;
  /** When they began following their first followed network. */
  firstFollowedAt: Date;
}

export interface NewsRepository {
  /** An approved network or a programme, by its slug. */
  findPublisherBySlug(
    kind: NewsPublisher["kind"],
    slug: string,
  ): Promise<NewsPublisher | undefined>;
  findPublisher(publisher: Publisher): Promise<NewsPublisher | undefined>;
  postSlugExists(slug: string): Promise<boolean>;
  insertPost(post: NewsPostRecord): Promise<void>;
  updatePost(post: Pick<NewsPostRecord, "id" | "title" | "body" | "updatedAt">): Promise<void>;
  deletePost(id: string): Promise<void>;
  /** A post of an approved network or of a programme. */
  findPostBySlug(slug: string): Promise<ShownNewsPost | undefined>;
  /** The networks and programmes that have posted news, by name (the listing's filter). */
  listNewsPublishers(limit: number): Promise<NewsPublisher[]>;
  /** Newest first. */
  listPosts(
    scope: NewsScope,
    page: { offset: number; limit: number },
  ): Promise<Page<ShownNewsPost>>;
  /** A post's comments that are not hidden, oldest first. */
  listComments(
    postId: string,
    page: { offset: number; limit: number },
    viewerId: string | null,
  ): Promise<Page<ShownComment>>;
  insertComment(comment: NewsCommentRecord): Promise<void>;
  /** A comment that is not hidden, with its post. */
  findVisibleComment(
    id: string,
  ): Promise<{ comment: NewsCommentRecord; post: ShownNewsPost } | undefined>;
  /** False when this member had reported it already. */
  insertReport(report: {
    commentId: string;
    userId: string;
    reason: string;
    createdAt: Date;
  }): Promise<boolean>;
  /** Hides the comment and settles its reports; false when it was hidden already. */
  hideComment(id: string, hiddenBy: string, at: Date): Promise<boolean>;
  /** Settles the comment's open reports, keeping it shown. */
  resolveReports(commentId: string, at: Date): Promise<number>;
  /** Shown comments with open reports in the scope, the most recently reported first. */
  listReportedComments(
    scope: ModerationScope,
    page: { offset: number; limit: number },
  ): Promise<Page<ReportedComment>>;
  /** The networks (approved) and programmes this person may moderate. */
  findModerationScope(userId: string): Promise<{ networkIds: string[]; programmeIds: string[] }>;
  /**
   * One query over the `postsShown` newest posts only (an index range, whatever the total);
   * undefined when the publisher does not exist (or is not approved).
   */
  findFeedVersion(scope: NewsFeedScope, postsShown: number): Promise<NewsFeedVersion | undefined>;

  follow(networkId: string, userId: string, at: Date): Promise<void>;
  unfollow(networkId: string, userId: string): Promise<void>;
  isFollowing(networkId: string, userId: string): Promise<boolean>;
  /** Verified people following an approved network with no digest row for `week`. */
  listDigestRecipients(week: string, limit: number): Promise<DigestRecipient[]>;
  /**
   * What is new in the networks this person follows: posts published and events created in
   * (since, until], the events still to come; networks with nothing new are left out.
   */
  listDigestNetworks(userId: string, since: Date, until: Date): Promise<DigestNetwork[]>;
  /**
   * Records the week's digest; false when one is recorded already (another run, or another
   * instance, got there first). INSERT … ON CONFLICT DO NOTHING RETURNING: the row decides.
   */
  claimDigest(delivery: {
    userId: string;
    week: string;
    since: Date;
    sentAt: Date;
    items: number;
  }): Promise<boolean>;
}
