/** What the events use cases are given. Events, CPD and courses (issue 14): publishing, registration with a waitlist, reminders and calendar feeds. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the feature lands
export interface EventRepository {}
