/**
 * A code's name in a reader's language (Intl.DisplayNames, falling back to English, then to
 * the code). Building an Intl.DisplayNames is far slower than using one: one is kept per
 * locale. Asking ICU for a name is itself slow enough to show in a page's profile (a list of
 * applicants names dozens), so each listed code's name is kept too: a bounded set, as an
 * unlisted code (from a URL, say) is looked up but never kept.
 */
export function keptDisplayNames(
  type: "region" | "language",
  listed: ReadonlySet<string>,
): (code: string, locale: string) => string {
  const byLocale = new Map<string, { names: Intl.DisplayNames; known: Map<string, string> }>();
  return (code, locale) => {
    let kept = byLocale.get(locale);
    if (!kept) {
      kept = { names: new Intl.DisplayNames([locale, "en"], { type }), known: new Map() };
      byLocale.set(locale, kept);
    }
    const known = kept.known.get(code);
    if (known !== undefined) return known;
    let name: string;
    try {
      name = kept.names.of(code) ?? code;
    } catch {
      // A malformed code (from an address, an old import) is shown as it is, not a 500.
      name = code;
    }
    if (listed.has(code)) kept.known.set(code, name);
    return name;
  };
}
