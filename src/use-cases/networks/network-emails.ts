/** The emails of networks, built here and rendered by src/mail/templates/networks. */
export type NetworkEmailMessage = never;
