/**
 * The only door into the application: every use case with its ports already given. The
 * composition root (server/) builds it once with the real repositories; routes, the auth
 * configuration, jobs and the CLI receive it and never a repository or the unit of work.
 */
import { findMyAccount } from "./accounts/find-my-account.ts";
import { findMyLastApplication } from "./applications/find-my-last-application.ts";
import { findMyRoles } from "./accounts/find-my-roles.ts";
import { queueAccountEmail } from "./accounts/queue-account-email.ts";
import { setMyLanguage } from "./accounts/set-my-language.ts";
import { acceptAllSubmitted } from "./applications/accept-all-submitted.ts";
import { findApplicationForApplicant } from "./applications/find-application-for-applicant.ts";
import { findPublicRound } from "./rounds/find-public-round.ts";
import { findImportJob } from "./applications/find-import-job.ts";
import { startApplicationsImport } from "./applications/import-applications.ts";
import { changeRoundStatus } from "./rounds/change-round-status.ts";
import { cloneRound } from "./rounds/clone-round.ts";
import { createProgramme } from "./programmes/create-programme.ts";
import { decideApplication } from "./applications/decide-application.ts";
import { exportApplicants } from "./applications/export-applicants.ts";
import { getProgrammeForFacilitator } from "./programmes/get-programme-for-facilitator.ts";
import { getRoundForFacilitator } from "./rounds/get-round-for-facilitator.ts";
import { listProgrammesForFacilitator } from "./programmes/list-programmes-for-facilitator.ts";
import { findApplicant } from "./applications/find-applicant.ts";
import { getFacilitatedRound } from "./rounds/find-facilitated-round.ts";
import { inviteFacilitator } from "./programmes/invite-facilitator.ts";
import { checkFacilitation } from "./programmes/check-facilitation.ts";
import { listApplicants } from "./applications/list-applicants.ts";
import { findDevMail } from "./mail/find-dev-mail.ts";
import { listDevMailbox } from "./mail/list-dev-mailbox.ts";
import { findMyEmailChoices, setMyEmailChoices } from "./mail/my-email-choices.ts";
import { answerUnsubscribeLink, readUnsubscribeLink } from "./mail/unsubscribe-link.ts";
import { findApplicationByManageToken } from "./applications/find-application-by-manage-token.ts";
import { updateApplication } from "./applications/update-application.ts";
import { withdrawApplication } from "./applications/withdraw-application.ts";
import { adjustRunGroup } from "./matching/adjust-run-group.ts";
import { compareRuns } from "./matching/compare-runs.ts";
import { findAlternativePartners } from "./matching/find-alternative-partners.ts";
import { getMatchingOverview } from "./matching/get-matching-overview.ts";
import { getRunProgress } from "./matching/get-run-progress.ts";
import { listBlockedPairs } from "./matching/list-blocked-pairs.ts";
import { pairPeople } from "./matching/pair-people.ts";
import { publishRun } from "./matching/publish-run.ts";
import { previewPublicationEmails } from "./matching/preview-publication-emails.ts";
import {
  exportRoundPartnerships,
  listRoundPartnerships,
} from "./matching/list-round-partnerships.ts";
import { startMatchingRun, type MatchingDeps } from "./matching/start-matching-run.ts";
import { previewSwap } from "./matching/preview-swap.ts";
import { swapPartners } from "./matching/swap-partners.ts";
import { unblockPair } from "./matching/unblock-pair.ts";
import { viewRun } from "./matching/view-run.ts";
import { acceptFacilitatorInvitations } from "./programmes/accept-facilitator-invitations.ts";
import { resendManageLink } from "./applications/resend-manage-link.ts";
import { listPublicRounds } from "./rounds/list-public-rounds.ts";
import { saveRound } from "./rounds/save-round.ts";
import { submitApplication } from "./applications/submit-application.ts";
import { updateProgramme } from "./programmes/update-programme.ts";
import { topicUseCases } from "./partnerships/topic-use-cases.ts";
import { partnershipPageUseCases } from "./partnerships/partnership-page-use-cases.ts";
import { checkInUseCases } from "./partnerships/check-in-use-cases.ts";
import { sessionUseCases } from "./sessions/session-use-cases.ts";
import { roundLifeUseCases } from "./rounds/round-life-use-cases.ts";
import { surveyUseCases } from "./surveys/survey-use-cases.ts";
import { networkUseCases } from "./networks/network-use-cases.ts";
import { eventUseCases } from "./events/event-use-cases.ts";
import { newsUseCases } from "./news/news-use-cases.ts";
import { opportunityUseCases } from "./opportunities/opportunity-use-cases.ts";
import { trustUseCases } from "./trust/trust-use-cases.ts";
import { privacyUseCases } from "./privacy/privacy-use-cases.ts";
import { reportUseCases } from "./reports/report-use-cases.ts";
import { guideUseCases } from "./guides/guide-use-cases.ts";
import { spotlightUseCases } from "./spotlights/spotlight-use-cases.ts";
import { profileUseCases } from "./profiles/profile-use-cases.ts";
import type { SsoDeps } from "./sso/sso-ports.ts";
import { ssoUseCases } from "./sso/sso-use-cases.ts";

/** Everything the use cases are given. */
export type AllUseCaseDeps = MatchingDeps & SsoDeps;

/** Gives a use case its ports, so callers pass only their input. */
export type Bind = <A extends unknown[], R>(
  useCase: (deps: AllUseCaseDeps, ...args: A) => R,
) => (...args: A) => R;

export function createUseCases(deps: AllUseCaseDeps) {
  const bind: Bind =
    (useCase) =>
    (...args) =>
      useCase(deps, ...args);
  return {
    // accounts
    findMyAccount: bind(findMyAccount),
    findMyLastApplication: bind(findMyLastApplication),
    findMyRoles: bind(findMyRoles),
    setMyLanguage: bind(setMyLanguage),
    queueAccountEmail: bind(queueAccountEmail),
    // programmes
    createProgramme: bind(createProgramme),
    updateProgramme: bind(updateProgramme),
    inviteFacilitator: bind(inviteFacilitator),
    acceptFacilitatorInvitations: bind(acceptFacilitatorInvitations),
    listProgrammesForFacilitator: bind(listProgrammesForFacilitator),
    getProgrammeForFacilitator: bind(getProgrammeForFacilitator),
    checkFacilitation: bind(checkFacilitation),
    // rounds
    listPublicRounds: bind(listPublicRounds),
    findPublicRound: bind(findPublicRound),
    saveRound: bind(saveRound),
    cloneRound: bind(cloneRound),
    changeRoundStatus: bind(changeRoundStatus),
    getRoundForFacilitator: bind(getRoundForFacilitator),
    getFacilitatedRound: bind(getFacilitatedRound),
    // applications
    submitApplication: bind(submitApplication),
    findApplicationForApplicant: bind(findApplicationForApplicant),
    findApplicationByManageToken: bind(findApplicationByManageToken),
    updateApplication: bind(updateApplication),
    withdrawApplication: bind(withdrawApplication),
    resendManageLink: bind(resendManageLink),
    listApplicants: bind(listApplicants),
    findApplicant: bind(findApplicant),
    decideApplication: bind(decideApplication),
    acceptAllSubmitted: bind(acceptAllSubmitted),
    exportApplicants: bind(exportApplicants),
    startApplicationsImport: bind(startApplicationsImport),
    findImportJob: bind(findImportJob),
    // matching
    getMatchingOverview: bind(getMatchingOverview),
    startMatchingRun: bind(startMatchingRun),
    getRunProgress: bind(getRunProgress),
    viewRun: bind(viewRun),
    compareRuns: bind(compareRuns),
    findAlternativePartners: bind(findAlternativePartners),
    previewSwap: bind(previewSwap),
    swapPartners: bind(swapPartners),
    pairPeople: bind(pairPeople),
    adjustRunGroup: bind(adjustRunGroup),
    listBlockedPairs: bind(listBlockedPairs),
    unblockPair: bind(unblockPair),
    publishRun: bind(publishRun),
    previewPublicationEmails: bind(previewPublicationEmails),
    listRoundPartnerships: bind(listRoundPartnerships),
    exportRoundPartnerships: bind(exportRoundPartnerships),
    // mail
    listDevMailbox: bind(listDevMailbox),
    findDevMail: bind(findDevMail),
    readUnsubscribeLink: bind(readUnsubscribeLink),
    answerUnsubscribeLink: bind(answerUnsubscribeLink),
    findMyEmailChoices: bind(findMyEmailChoices),
    setMyEmailChoices: bind(setMyEmailChoices),
    // A round's life after publishing (issue 12): each feature binds its own in its folder.
    ...topicUseCases(bind),
    ...partnershipPageUseCases(bind),
    ...checkInUseCases(bind),
    ...sessionUseCases(bind),
    ...roundLifeUseCases(bind),
    // Feedback (issue 13).
    ...surveyUseCases(bind),
    ...reportUseCases(bind),
    // Networks, events and news (issue 14).
    ...networkUseCases(bind),
    ...eventUseCases(bind),
    ...newsUseCases(bind),
    // Trust (issue 16).
    ...trustUseCases(bind),
    ...privacyUseCases(bind),
    ...ssoUseCases(bind),
    // The co-written guide and open data (issue 15).
    ...guideUseCases(bind),
    // Pay it forward (issue 15): spotlights and member profiles.
    ...spotlightUseCases(bind),
    ...profileUseCases(bind),
    ...opportunityUseCases(bind),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
