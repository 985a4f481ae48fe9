/** Fortnightly check-ins, nudges, the follow-up list, dissolving and re-matching a partnership. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- its methods come with the feature (issue 12)
export interface CheckInRepository {}
