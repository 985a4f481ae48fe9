import { isLocale } from "../../i18n/languages.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";

/** Remembers the language of pages and emails on the signed-in person's account. */
export async function setMyLanguage(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor,
  locale: string,
): Promise<boolean> {
  if (!isLocale(locale)) return false;
  await deps.uow.transaction((repositories) => repositories.users.setLocale(actor.userId, locale));
  return true;
}
