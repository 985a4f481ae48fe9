/**
 * What the networks use cases are given. Networks (issue 14): the directory, members,
 * organisers, campaigns and petitions.
 */
export interface NetworkRepository {
  /** Whether the user organises this approved network (events and news use it too). */
  isOrganiser(networkId: string, userId: string): Promise<boolean>;
}
