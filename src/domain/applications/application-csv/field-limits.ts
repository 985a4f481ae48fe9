/** Longest accepted values; longer ones are refused with a `too_long` error. */
export const MAX_LENGTH = {
  name: 200,
  email: 254,
  city: 100,
  library: 200,
  jobTitle: 200,
  otherInterests: 2000,
  goals: 2000,
  customAnswer: 5000,
  /** A column of the file's own: as long as a round question's label may be. */
  columnName: 300,
} as const;

export const MAX_INTERESTS = 60;
export const MAX_LANGUAGES = 20;
export const MAX_EXPERIENCE_YEARS = 70;
export const MAX_MENTOR_CAPACITY = 20;
export const MAX_ROWS = 100_000;
/**
 * Columns a file may bring beyond the known ones. Each becomes an answer in every imported
 * application and a column of every export; thousands of them made an export of 5,000 rows
 * take about 1 GB (issue 16). A round asks its own questions in the form instead.
 */
export const MAX_CUSTOM_COLUMNS = 100;
/** Listing more than this many errors helps nobody; the rest are counted. */
export const MAX_ERRORS = 200;
