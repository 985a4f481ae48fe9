/** A round's group sessions, participants' answers and reminders. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- its methods come with the feature (issue 12)
export interface SessionRepository {}
