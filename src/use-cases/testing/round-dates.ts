/**
 * The dates of a round the integration tests make: applications in January 2027, matching
 * in early February, partnerships from February to June. Fresh dates on every call, so no
 * test changes another's.
 */
export function roundDates() {
  return {
    applicationsOpenAt: new Date("2027-01-01T00:00:00Z"),
    applicationsCloseAt: new Date("2027-02-01T00:00:00Z"),
    matchingAt: new Date("2027-02-03T00:00:00Z"),
    startsAt: new Date("2027-02-10T00:00:00Z"),
    endsAt: new Date("2027-06-10T00:00:00Z"),
  };
}
