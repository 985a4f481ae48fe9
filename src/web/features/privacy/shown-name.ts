import { useTranslation } from "react-i18next";
import { isAnonymisedName } from "../../../domain/privacy/erasure.ts";

/**
 * A participant's name as a page shows it: an anonymised application (an erased account, or
 * past its programme's retention) has none, and reads "a former participant" in the reader's
 * language (issue 16).
 */
export function useShownName(): (name: string) => string {
  const { t } = useTranslation("privacy");
  return (name) => (isAnonymisedName(name) ? t("formerParticipant") : name);
}
