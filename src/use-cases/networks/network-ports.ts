/** What the networks use cases are given. Networks (issue 14): the directory, members, organisers, campaigns and petitions. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the feature lands
export interface NetworkRepository {}
