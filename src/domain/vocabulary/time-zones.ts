// Older ICU versions (Node 20) list some zones under their pre-rename names; people know
// them by the current IANA names, so those are what we offer and store.
const CURRENT_NAMES: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Rangoon": "Asia/Yangon",
  "Europe/Kiev": "Europe/Kyiv",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Pacific/Truk": "Pacific/Chuuk",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Enderbury": "Pacific/Kanton",
};

/** IANA time zones known to this runtime, by their current names (plus UTC). */
export const TIME_ZONES: readonly string[] = [
  "UTC",
  ...new Set(Intl.supportedValuesOf("timeZone").map((zone) => CURRENT_NAMES[zone] ?? zone)),
].sort((a, b) => (a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b)));

/** True for any IANA zone name the runtime understands, including aliases such as Asia/Kolkata. */
const knownZones = new Map<string, boolean>();

export function isTimeZone(value: string): boolean {
  if (value.length > 64 || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  const known = knownZones.get(value);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    valid = true;
  } catch {
    valid = false;
  }
  if (knownZones.size < 2000) knownZones.set(value, valid);
  return valid;
}

/** Minutes east of UTC of `timeZone` at `instant` (e.g. +120 for Athens in summer). */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

export function utcOffsetMinutes(timeZone: string, instant: Date): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/** More than any zone's offset, so the offsets at ±this bracket the typed time's. */
const BRACKET_MS = 14 * 60 * 60 * 1000;

/**
 * The instant at which the wall clock in `timeZone` shows `local` ("2026-12-01T09:00"), as
 * typed in a datetime-local input; undefined for malformed input or a date that does not
 * exist. The two yearly clock changes are handled as calendars do (RFC 5545 §3.3.5,
 * Temporal's "compatible"): a time that never happens (spring forward, 02:30 in a
 * 02:00→03:00 gap) moves forward by the gap (03:30), in every zone; a time that happens
 * twice (fall back) is the first of the two.
 */
export function localDateTimeToInstant(local: string, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(local.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Date.UTC rolls 30 February over into March: such a date does not exist.
  if (new Date(wallAsUtc).getUTCDate() !== d) return undefined;
  const offsetBefore = utcOffsetMinutes(timeZone, new Date(wallAsUtc - BRACKET_MS));
  const offsetAfter = utcOffsetMinutes(timeZone, new Date(wallAsUtc + BRACKET_MS));
  const fitting = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter(
      (instant) => instant + utcOffsetMinutes(timeZone, new Date(instant)) * 60_000 === wallAsUtc,
    );
  // In a gap no offset fits: the offset from before the change lands after it.
  return new Date(fitting.length > 0 ? Math.min(...fitting) : wallAsUtc - offsetBefore * 60_000);
}

/** The value for a datetime-local input showing `instant` on the wall clock of `timeZone`. */
export function instantToLocalDateTime(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + utcOffsetMinutes(timeZone, instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
