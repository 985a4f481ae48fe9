/** The emails of news, built here and rendered by src/mail/templates/news. */
export type NewsEmailMessage = never;
