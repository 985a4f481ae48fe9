import { useContext } from "react";
import { I18nContext } from "react-i18next";
import type { i18n as I18n, TFunction } from "i18next";

const fixedByInstance = new WeakMap<I18n, Map<string, TFunction>>();

/**
 * `t` for a namespace, as useTranslation gives it, for components rendered many times a page
 * (every field of the application form). react-i18next's useTranslation copies the i18next
 * instance into a wrapper on each component's first render, which on the server is every
 * render: a tenth of the form's time went there. Each language has its own i18next instance
 * here (createI18n), which never changes language, so one `t` per instance and namespace
 * serves every component and request.
 */
export function useFixedT(namespace = "common"): TFunction {
  const { i18n } = useContext(I18nContext);
  let fixed = fixedByInstance.get(i18n);
  if (!fixed) {
    fixed = new Map();
    fixedByInstance.set(i18n, fixed);
  }
  let t = fixed.get(namespace);
  if (!t) {
    t = i18n.getFixedT<string>(null, namespace);
    fixed.set(namespace, t);
  }
  return t;
}
