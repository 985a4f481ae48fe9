/** The emails of events, built here and rendered by src/mail/templates/events. */
export type EventEmailMessage = never;
