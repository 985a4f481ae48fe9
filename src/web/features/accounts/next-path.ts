import { safeReturnPath } from "../../shared/safe-return-path.ts";

/**
 * Where to go after signing in (by password, link or the association's provider): the page
 * asked for, except the home page (the header's "Sign in" there, or no page at all), which
 * sends each person to their own start (signed-in.tsx): a facilitator to their work.
 */
export function nextPath(value: FormDataEntryValue | string | null | undefined): string {
  const path = safeReturnPath(value);
  return path === "/" ? "/signed-in" : path;
}
