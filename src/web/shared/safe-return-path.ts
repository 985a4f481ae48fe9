/** Longer than any address the app makes; a longer value is not worth returning to. */
const MAX_LENGTH = 2048;
/** A same-origin stand-in: a value that resolves elsewhere against it leaves the app. */
const HERE = "http://shelfmates.invalid";

/**
 * A same-origin absolute path to return to after a form or a sign-in (`next`, `returnTo`);
 * anything else becomes "/". Browsers forgive a lot in a Location header — they drop tabs
 * and newlines (`/\t/evil` is `//evil`), read `\` as `/`, and some proxies decode `%2F` once
 * more — so only printable ASCII is kept, no backslash, and the path must stay on this origin
 * both as written and once percent-decoded.
 */
export function safeReturnPath(value: FormDataEntryValue | string | null | undefined): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return "/";
  if (!/^[\x21-\x7e]+$/.test(value) || value.includes("\\")) return "/";
  if (!value.startsWith("/") || value.startsWith("//")) return "/";
  const path = value.split(/[?#]/, 1)[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "/";
  }
  if (decoded.startsWith("//") || /[\\\x00-\x20\x7f]/.test(decoded)) return "/";
  return new URL(value, HERE).origin === HERE ? value : "/";
}
