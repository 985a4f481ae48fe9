/** Where each item of the facilitator's day is handled. */

export const followUpHref = (roundId: string, partnershipId: string) =>
  `/facilitate/rounds/${roundId}/follow-up#p-${partnershipId}`;

export const sessionsHref = (roundId: string) => `/facilitate/rounds/${roundId}/sessions`;

export const dashboardHref = (roundId: string) => `/facilitate/rounds/${roundId}/dashboard`;

/** The email itself in the development mailbox (administrators), else its applicant's page. */
export const emailHref = (
  email: { emailId: string; roundId: string; applicationId: string },
  devMail: boolean,
) =>
  devMail
    ? `/dev/mail/${email.emailId}`
    : `/facilitate/rounds/${email.roundId}/applicants/${email.applicationId}`;
