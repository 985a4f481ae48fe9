/** The round report's reads (aggregates in SQL) and the public summary's opt-in. */
import type {
  ApplicationProfileCounts,
  CheckInCount,
  ReportRound,
  RoundsFacts,
  SurveyFigures,
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
  countRoundsFacts(roundIds: readonly string[]): Promise<Omit<RoundsFacts, "surveys">>;
  /** Each of these rounds' end-of-round survey figures (a round without one: none). */
  countSurveyFigures(roundIds: readonly string[]): Promise<SurveyFigures[]>;
  /**
   * The round's applications by country, sector, career stage, and calendar day on the wall
   * clock of `timeZone` (an IANA name).
   */
  countApplicationProfiles(roundId: string, timeZone: string): Promise<ApplicationProfileCounts>;
  /** The round's check-ins by number, answer and "good match" answer. */
  countCheckIns(roundId: string): Promise<CheckInCount[]>;
  findPublicSummary(roundId: string): Promise<PublicSummaryRecord | undefined>;
  /** False when the summary was published already. */
  insertPublicSummary(record: PublicSummaryRecord): Promise<boolean>;
  /** False when it was not published. */
  deletePublicSummary(roundId: string): Promise<boolean>;
}
