/** A same-site path to return to after a form; anything else (other hosts, //evil) becomes "/". */
export function safeReturnPath(value: FormDataEntryValue | string | null | undefined): string {
  if (typeof value !== "string") return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
