import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Numbers in the reader's language ("146,215", "146 215", "146.215"); changes with their sign. */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  return useMemo(() => numberFormat(i18n.language), [i18n.language]);
}

export function numberFormat(locale: string) {
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  return {
    format: (n: number) => plain.format(n),
    /** "+1,204", "−3", "0": a change. */
    signed: (n: number) => signed.format(n),
  };
}
