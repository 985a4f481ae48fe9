/** What the news use cases are given. News (issue 14): posts, comments and their moderation, RSS and Atom feeds, the weekly digest. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the feature lands
export interface NewsRepository {}
