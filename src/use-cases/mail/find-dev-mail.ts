/**
 * One email of the development mailbox (see list-dev-mailbox.ts). Administrators only;
 * anyone else gets nothing, as if the mailbox did not exist.
 */
import type { UseCaseDeps } from "../ports.ts";
import type { OutboxRecord } from "./mail-ports.ts";
import type { Actor } from "../result.ts";

export async function findDevMail(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  emailId: string,
): Promise<OutboxRecord | undefined> {
  if (actor?.role !== "admin") return undefined;
  return deps.uow.read.outbox.findById(emailId);
}
