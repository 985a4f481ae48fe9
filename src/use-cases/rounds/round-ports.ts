/** What the round use cases are given: rounds and their custom questions. */
import type { CustomQuestion } from "../../domain/applications/custom-answers.ts";
import type { RoundMode } from "../../domain/rounds/round-modes.ts";
import type { RoundStatus } from "../../domain/rounds/round-status.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { QuestionTranslations, RoundTranslation } from "../../domain/rounds/round-texts.ts";

export interface RoundRecord {
  id: string;
  programmeId: string;
  slug: string;
  name: string;
  theme: string;
  mode: RoundMode;
  status: RoundStatus;
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  matchingAt: Date;
  startsAt: Date;
  endsAt: Date;
  rulesMarkdown: string;
  countryCapPercent: number | null;
  countryCapMinApplications: number;
  allowTriads: boolean;
  groupSize: number | null;
  clonedFromRoundId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type QuestionRecord = CustomQuestion & {
  roundId: string;
  position: number;
  translations: QuestionTranslations;
};

export type { RoundTranslation };

export interface RoundRepository {
  insert(round: RoundRecord): Promise<void>;
  update(round: RoundRecord): Promise<void>;
  findById(id: string): Promise<RoundRecord | undefined>;
  /**
   * The round, its programme, and whether this person is one of the programme's
   * facilitators (false for null), in one statement: what every facilitator page asks first.
   */
  findForFacilitator(
    id: string,
    userId: string | null,
  ): Promise<{ round: RoundRecord; programme: ProgrammeRecord; facilitates: boolean } | undefined>;
  /**
   * Only the round's programme and whether this person facilitates it: what the guard of
   * every facilitator page asks (a narrow read; the page's use case reads the rows it shows).
   */
  findFacilitation(
    id: string,
    userId: string | null,
  ): Promise<{ programmeId: string; facilitates: boolean } | undefined>;
  /** Locks the round row for the rest of the transaction (serialises cap checks). */
  lockById(id: string): Promise<RoundRecord | undefined>;
  findBySlugs(programmeSlug: string, roundSlug: string): Promise<RoundRecord | undefined>;
  /**
   * A round with its programme, translations and (unless `withQuestions` is false) questions,
   * in one statement: the busiest public pages (the round page, the form) read this.
   */
  findWithTextsBySlugs(
    programmeSlug: string,
    roundSlug: string,
    withQuestions: boolean,
  ): Promise<
    | {
        round: RoundRecord;
        programme: ProgrammeRecord;
        translations: RoundTranslation[];
        questions: QuestionRecord[];
      }
    | undefined
  >;
  slugExists(programmeId: string, slug: string): Promise<boolean>;
  listByProgramme(programmeId: string): Promise<RoundRecord[]>;
  listPublic(
    now: Date,
    limit: number,
  ): Promise<(RoundRecord & { programmeSlug: string; programmeName: string })[]>;
  listQuestions(roundId: string): Promise<QuestionRecord[]>;
  replaceQuestions(roundId: string, questions: QuestionRecord[]): Promise<void>;
  /** The round's theme and rules in languages other than the programme's default. */
  listTranslations(roundId: string): Promise<RoundTranslation[]>;
  /** Of these rounds, the translations into one language (a list of rounds in a reader's). */
  listTranslationsIn(
    roundIds: readonly string[],
    locale: string,
  ): Promise<(RoundTranslation & { roundId: string })[]>;
  replaceTranslations(roundId: string, translations: readonly RoundTranslation[]): Promise<void>;
}
