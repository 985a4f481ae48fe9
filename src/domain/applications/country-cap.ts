/**
 * Per-country cap: no country may exceed `capPercent` of a round (ILN used 20 %), first come,
 * first served. The cap is measured against the round's active applications including the
 * new one, and only once the round has `minApplications`, so the first applicants of a new
 * round are not turned away because the round is still small.
 */
export function isOverCountryCap(input: {
  capPercent: number | null;
  minApplications: number;
  /** Active (not withdrawn, not waitlisted, not rejected) applications before this one. */
  activeTotal: number;
  /** Of those, from the applicant's country. */
  activeFromCountry: number;
}): boolean {
  if (input.capPercent === null) return false;
  const totalWithNew = input.activeTotal + 1;
  if (totalWithNew < input.minApplications) return false;
  const fromCountryWithNew = input.activeFromCountry + 1;
  return fromCountryWithNew * 100 > input.capPercent * totalWithNew;
}
