/**
 * The development mailbox: the emails an embedded instance kept instead of sending them.
 * Administrators only; anyone else sees nothing, as if the mailbox did not exist.
 */
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { OutboxRecord } from "./mail-ports.ts";
import type { Actor } from "../result.ts";

export async function listDevMailbox(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  // A part of the address or the name is enough, under the one search rule: "aiko" finds
  // aiko.tanaka@example.org, "nunez" finds Rosa Núñez.
  query: { offset: number; limit: number; toAddress?: string },
): Promise<Page<OutboxRecord> | undefined> {
  if (actor?.role !== "admin") return undefined;
  return deps.uow.read.outbox.list(
    { offset: query.offset, limit: query.limit },
    undefined,
    query.toAddress,
  );
}
