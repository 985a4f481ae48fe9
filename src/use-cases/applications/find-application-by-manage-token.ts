import { loadApplicationByToken } from "./load-application-by-token.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Result } from "../result.ts";

/** The application behind a manage link, with its round; not found for an unknown token. */
export async function findApplicationByManageToken(
  deps: Pick<UseCaseDeps, "uow" | "ids">,
  token: string,
): Promise<Result<{ application: ApplicationRecord; round: RoundRecord }>> {
  const found = await loadApplicationByToken(deps.uow.read, deps.ids.hashSecret(token));
  return found ? ok(found) : fail({ code: "not_found" });
}
