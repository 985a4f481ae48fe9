/** A participant's partnership page: partners, the agreement confirmations, the meeting log. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- its methods come with the feature (issue 12)
export interface PartnershipPageRepository {}
