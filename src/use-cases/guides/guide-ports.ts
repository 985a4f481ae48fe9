/**
 * What the guide use cases are given (issue 15): the co-written guide (chapters, their
 * authors and every revision) and the open data read from it and the networks directory.
 */
import type { OpenNetwork } from "../../domain/guides/open-data.ts";
import type { PublishedGuide } from "../../domain/guides/published-guide.ts";
import type { Page } from "../page.ts";

export type GuideStatus = "writing" | "published";
export type RevisionKind = "edit" | "merge" | "restore";

export interface GuideRecord {
  id: string;
  roundId: string;
  slug: string;
  title: string;
  summary: string;
  language: string;
  status: GuideStatus;
  licence: string;
  publishedAt: Date | null;
  publishedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ChapterRecord {
  id: string;
  guideId: string;
  position: number;
  title: string;
  body: string;
  /** The latest revision's number (0: nothing saved yet). */
  version: number;
  publishedVersion: number | null;
  updatedAt: Date;
}

export interface ChapterAuthorRecord {
  userId: string;
  creditName: string;
}

export interface RevisionRecord {
  chapterId: string;
  version: number;
  title: string;
  body: string;
  authorId: string | null;
  /** The author's credited name ("" when their account is gone). */
  authorName: string;
  kind: RevisionKind;
  restoredFrom: number | null;
  createdAt: Date;
}

/** A save that names the version it started from. */
export interface ChapterSave {
  chapterId: string;
  /** Applied only while the chapter is still at this version. */
  expectedVersion: number;
  title: string;
  body: string;
  authorId: string;
  creditName: string;
  kind: RevisionKind;
  restoredFrom: number | null;
  at: Date;
}

/** A published guide in a listing. */
export interface PublishedGuideItem {
  slug: string;
  title: string;
  summary: string;
  language: string;
  publishedAt: Date;
  programmeName: string;
  roundName: string;
  chapterCount: number;
}

/** A guide someone may write in, for their own list. */
export interface WritableGuideItem {
  slug: string;
  title: string;
  status: GuideStatus;
  roundName: string;
}

export interface GuideRepository {
  findById(id: string): Promise<GuideRecord | undefined>;
  findBySlug(slug: string): Promise<GuideRecord | undefined>;
  findByRound(roundId: string): Promise<GuideRecord | undefined>;
  slugExists(slug: string): Promise<boolean>;
  insert(guide: GuideRecord): Promise<void>;
  updateDetails(id: string, values: { title: string; summary: string }, at: Date): Promise<void>;
  /** The guide's row, locked until the transaction ends (reordering and publishing wait for each other). */
  lock(id: string): Promise<GuideRecord | undefined>;
  /**
   * Whether an application with this (lower-case) email is, or was, a member of a
   * partnership in the round: the partnership page's rule for who took part.
   */
  isRoundParticipant(roundId: string, email: string): Promise<boolean>;
  /** Guides of the rounds in which this email took part in a partnership, newest first. */
  listForParticipantEmail(email: string): Promise<WritableGuideItem[]>;

  /** The guide's chapters in order, each with its authors. */
  listChapters(guideId: string): Promise<(ChapterRecord & { authors: ChapterAuthorRecord[] })[]>;
  findChapter(guideId: string, chapterId: string): Promise<ChapterRecord | undefined>;
  /** Appends the chapter after the last one (its position is chosen here). */
  insertChapter(chapter: Omit<ChapterRecord, "position">): Promise<void>;
  /** Swaps two chapters' places. */
  swapPositions(guideId: string, firstId: string, secondId: string): Promise<void>;
  /**
   * Writes the chapter's new text as version expectedVersion + 1, appends the revision and
   * credits the author, all only if the chapter is still at expectedVersion (a conditional
   * update: of two saves from the same version, one wins). Undefined when it was not.
   */
  saveChapter(save: ChapterSave): Promise<number | undefined>;

  findRevision(chapterId: string, version: number): Promise<RevisionRecord | undefined>;
  /** Newest first. */
  listRevisions(
    chapterId: string,
    page: { offset: number; limit: number },
  ): Promise<Page<RevisionRecord>>;
  /** Every version number of the chapter, newest first (for choosing what to compare). */
  listVersions(chapterId: string): Promise<number[]>;

  /** Each chapter's published version becomes its latest (chapters never saved stay out). */
  publish(guideId: string, by: string, at: Date): Promise<void>;
  listPublished(page: { offset: number; limit: number }): Promise<Page<PublishedGuideItem>>;
  /** The published text of a published guide, with each chapter's credits; undefined otherwise. */
  findPublished(slug: string): Promise<PublishedGuide | undefined>;
  /** Every published guide in full, newest first (the open data). */
  listAllPublished(): Promise<PublishedGuide[]>;
}

export interface OpenDataRepository {
  /** The approved networks, by name, with the fields their public pages show. */
  listOpenNetworks(): Promise<OpenNetwork[]>;
  /** Programmes whose facilitators published their topic library, by name. */
  listOpenTopicLibraries(): Promise<OpenTopicProgramme[]>;
  /** The programme of that slug if its topic library is published; undefined otherwise. */
  findOpenTopicLibrary(programmeSlug: string): Promise<OpenTopicProgramme | undefined>;
  isTopicLibraryOpen(programmeId: string): Promise<boolean>;
  /** The facilitators' choice (programme.topics_open_data). */
  setTopicLibraryOpen(programmeId: string, open: boolean): Promise<void>;
}

/** A programme whose topic library is open data. */
export interface OpenTopicProgramme {
  id: string;
  slug: string;
  name: string;
  defaultLanguage: string;
}
