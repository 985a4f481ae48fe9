import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import { nominationForNominee, type NominationForNominee } from "./nomination-for-nominee.ts";

/**
 * The nomination the nominee's emailed link opens (no sign-in needed: the link's secret,
 * hashed, is the key). A secret that matches nothing is not_found.
 */
export async function findNominationByAnswerLink(
  deps: Pick<UseCaseDeps, "uow" | "ids">,
  input: { token: string },
): Promise<Result<NominationForNominee>> {
  const found = await deps.uow.read.opportunities.findNominationByTokenHash(
    deps.ids.hashSecret(input.token),
  );
  return found ? ok(nominationForNominee(found)) : fail({ code: "not_found" });
}
