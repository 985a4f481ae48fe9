/** A published guide as its readers and its downloads see it: the published text of each chapter. */
export interface PublishedChapter {
  position: number;
  title: string;
  /** Markdown, as published. */
  body: string;
  /** Credited names, in the order they first wrote. */
  authors: string[];
}

export interface PublishedGuide {
  slug: string;
  title: string;
  /** Markdown. */
  summary: string;
  language: string;
  licence: string;
  publishedAt: Date;
  /** The facilitator's round it was written in, and its programme. */
  roundName: string;
  programmeName: string;
  chapters: PublishedChapter[];
}

/** Every author of the guide once, in chapter order. */
export function guideAuthors(guide: Pick<PublishedGuide, "chapters">): string[] {
  return [...new Set(guide.chapters.flatMap((c) => c.authors))];
}
