import { isTimeZone } from "../../domain/vocabulary/time-zones.ts";
import { readCookie } from "../../i18n/request-locale.ts";

export const TIME_ZONE_COOKIE = "tz";

/** Whether the reader's browser has told its time zone (the cookie root.tsx's script sets). */
export function knowsReaderTimeZone(request: Request): boolean {
  const value = readCookie(request.headers.get("cookie"), TIME_ZONE_COOKIE);
  return value !== undefined && isTimeZone(value);
}

/** The reader's time zone, as their browser reported it in a cookie; UTC until it has. */
export function readerTimeZone(request: Request): string {
  const value = readCookie(request.headers.get("cookie"), TIME_ZONE_COOKIE);
  return value && isTimeZone(value) ? value : "UTC";
}
