/** What the trust use cases are given (issue 16): rate limits kept in the database. */
export interface RateLimitRepository {
  /**
   * Counts one hit for `key` in the window starting at `windowStart` and returns the hits in
   * that window, this one included. Atomic: two instances hitting at once both count.
   */
  hit(key: string, windowStart: Date): Promise<number>;
  /** Forgets the windows that started before `before`; returns how many were removed. */
  deleteWindowsBefore(before: Date): Promise<number>;
}
