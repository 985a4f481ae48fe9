import { useContext } from "react";
import { I18nContext } from "react-i18next";

/** Plain functions (not methods): callers take `.format` on its own. */
export interface NumberFormat {
  format: (n: number) => string;
  /** "+1,204", "−3", "0": a change. */
  signed: (n: number) => string;
}

const byLocale = new Map<string, NumberFormat>();

/** Numbers in the reader's language ("146,215", "146 215", "146.215"); changes with their sign. */
export function useNumberFormat(): NumberFormat {
  return numberFormat(useContext(I18nContext).i18n.language);
}

/**
 * One pair of formatters per language, shared by every render: building an Intl.NumberFormat
 * costs more than formatting with it, and the form shows a count under each long text.
 */
export function numberFormat(locale: string): NumberFormat {
  let formats = byLocale.get(locale);
  if (!formats) {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(locale, {
      maximumFractionDigits: 1,
      signDisplay: "exceptZero",
    });
    formats = { format: (n) => plain.format(n), signed: (n) => signed.format(n) };
    byLocale.set(locale, formats);
  }
  return formats;
}
