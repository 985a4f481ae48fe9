/** The round report's reads (aggregates in SQL) and the public summary's opt-in. */
import type {
  ApplicationProfileCounts,
  ReportRound,
  RoundsFacts,
} from "../../domain/reports/report-facts.ts";

export interface PublicSummaryRecord {
  roundId: string;
  publishedAt: Date;
  publishedBy: string;
}

export interface ReportRepository {
  findReportRound(roundId: string): Promise<ReportRound | undefined>;
  /** The programme's rounds that started before `startsBefore` (drafts not), newest first. */
  listEarlierRounds(programmeId: string, startsBefore: Date, limit: number): Promise<ReportRound[]>;
  /** The grouped counts behind the report and its key figures, for each of these rounds. */
  countRoundsFacts(roundIds: readonly string[]): Promise<RoundsFacts>;
  /** The round's applications by country, sector and career stage. */
  countApplicationProfiles(roundId: string): Promise<ApplicationProfileCounts>;
  /** Applications per calendar day on the wall clock of `timeZone` (an IANA name). */
  countApplicationsByDay(
    roundId: string,
    timeZone: string,
  ): Promise<{ day: string; count: number }[]>;
  /** First check-ins by their answer to "Is this a good match for you?" (null: none given). */
  countGoodMatchAnswers(roundId: string): Promise<{ answer: string | null; count: number }[]>;
  findPublicSummary(roundId: string): Promise<PublicSummaryRecord | undefined>;
  /** False when the summary was published already. */
  insertPublicSummary(record: PublicSummaryRecord): Promise<boolean>;
  /** False when it was not published. */
  deletePublicSummary(roundId: string): Promise<boolean>;
}
