/** What the application use cases are given: applications and their searches. */
import type {
  ApplicationProfile,
  CustomAnswers,
} from "../../domain/applications/application-profile.ts";
import type { ApplicantFilters } from "../../domain/applications/applicant-filters.ts";
import type { ApplicationStatus } from "../../domain/applications/application-status.ts";
import type { Page } from "../page.ts";

export interface ApplicationRecord extends ApplicationProfile {
  id: string;
  roundId: string;
  userId: string | null;
  status: ApplicationStatus;
  waitlistReason: string | null;
  decisionMessage: string | null;
  source: "form" | "import";
  locale: string;
  customAnswers: CustomAnswers;
  consentAt: Date;
  /**
   * When they ticked "I agree to the rules" on the form (asked when the round has rules);
   * null or absent when they were not asked (imports, older applications) or there were none.
   */
  rulesAgreedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
  withdrawnAt: Date | null;
}

/** What the applicant list shows of each applicant (its search reads no more). */
export type ApplicantRow = Pick<
  ApplicationRecord,
  "id" | "name" | "country" | "sector" | "languages" | "status" | "createdAt"
>;

// The filters are a domain value (readApplicantFilters reads them); the repositories take them.
export type { ApplicantFilters };

export interface ApplicationRepository {
  insert(application: ApplicationRecord, manageTokenHash: string): Promise<void>;
  /** `importJobId` marks rows an import wrote, so a failed import can take them back. */
  insertMany(
    applications: { record: ApplicationRecord; manageTokenHash: string }[],
    importJobId?: string,
  ): Promise<void>;
  /** Removes the applications an import wrote (it failed part-way); returns how many. */
  deleteImported(importJobId: string): Promise<number>;
  update(application: ApplicationRecord): Promise<void>;
  findById(id: string): Promise<ApplicationRecord | undefined>;
  /** The applications with these ids that exist (any order): one query, not one per id. */
  findByIds(ids: readonly string[]): Promise<ApplicationRecord[]>;
  findByRoundAndEmail(roundId: string, email: string): Promise<ApplicationRecord | undefined>;
  findByManageTokenHash(hash: string): Promise<ApplicationRecord | undefined>;
  setManageTokenHash(id: string, hash: string): Promise<void>;
  existingEmails(roundId: string, emails: string[]): Promise<string[]>;
  countActive(roundId: string, country?: string): Promise<number>;
  /**
   * One page of the applicant list, newest first, with the total: only the columns the list
   * shows (reading whole rows — goals, custom answers — was half the list's time).
   */
  search(
    roundId: string,
    filters: ApplicantFilters,
    page: { offset: number; limit: number },
  ): Promise<Page<ApplicantRow>>;
  /** search without filters and without the total (the round's counts give it). */
  listNewest(roundId: string, page: { offset: number; limit: number }): Promise<ApplicantRow[]>;
  listAll(roundId: string, filters: ApplicantFilters): Promise<ApplicationRecord[]>;
  /**
   * The next `limit` applications in listAll's order after `after` (from the start when
   * null), so a long list can be read a page at a time.
   */
  listAfter(
    roundId: string,
    filters: ApplicantFilters,
    after: { createdAt: Date; id: string } | null,
    limit: number,
  ): Promise<ApplicationRecord[]>;
  /**
   * The keys of the custom answers of these applications, each once, shorter first (as an
   * application's answers are kept), found in the database rather than read row by row.
   */
  listCustomAnswerKeys(roundId: string, filters: ApplicantFilters): Promise<string[]>;
  countBy(
    roundId: string,
    field: "country" | "sector" | "status",
  ): Promise<{ value: string; count: number }[]>;
  /**
   * What the applicant list shows beside its page, in one statement: countBy for the three
   * fields, and the language codes the round's applicants gave, each once, in code order.
   * Read from the counts the database keeps as applications change, so its cost does not
   * grow with the round.
   */
  countForApplicantList(roundId: string): Promise<
    Record<"country" | "sector" | "status", { value: string; count: number }[]> & {
      languages: string[];
    }
  >;
  listForUserEmail(
    email: string,
  ): Promise<(ApplicationRecord & { roundName: string; programmeName: string })[]>;
  /** After a bulk insert: lets the query planner see how many rows there now are. */
  refreshStatistics(): Promise<void>;
  /** Accepts every application of the round still "submitted"; returns how many. */
  acceptAllSubmitted(roundId: string, now: Date): Promise<number>;
}
