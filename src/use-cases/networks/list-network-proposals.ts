import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { NetworkRecord } from "./network-ports.ts";

/** The administrators' queue: proposed networks, oldest first. Anyone else: not_found. */
export async function listNetworkProposals(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { page: { offset: number; limit: number } },
): Promise<Result<Page<NetworkRecord & { proposerName: string }>>> {
  if (actor?.role !== "admin") return fail({ code: "not_found" });
  return ok(await deps.uow.read.networks.listProposals(input.page));
}
