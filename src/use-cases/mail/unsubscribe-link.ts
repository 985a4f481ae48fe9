/**
 * One-click unsubscribe (RFC 8058) from a link in a bulk email: the link names the address
 * and the kind, signed, so it works without signing in. Reading the link changes nothing
 * (mail scanners open links); stopping and restarting are separate actions (POSTs).
 */
import { isBulkEmailKind, type BulkEmailKind } from "../../domain/mail/bulk-email-kinds.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";

export interface UnsubscribeLink {
  email: string;
  kind: BulkEmailKind;
  /** Whether this address currently receives this kind. */
  receiving: boolean;
}

type Deps = Pick<UseCaseDeps, "uow" | "clock" | "links">;

function readToken(deps: Deps, token: string): { email: string; kind: BulkEmailKind } | null {
  const verified = deps.links.verify(token, "unsubscribe", deps.clock.now());
  if ("error" in verified) return null;
  const split = verified.subject.indexOf(":");
  const kind = verified.subject.slice(0, split);
  const email = verified.subject.slice(split + 1);
  return split > 0 && isBulkEmailKind(kind) && email ? { email, kind } : null;
}

export async function readUnsubscribeLink(
  deps: Deps,
  token: string,
): Promise<Result<UnsubscribeLink>> {
  const link = readToken(deps, token);
  if (!link) return fail({ code: "not_found" });
  const stopped = await deps.uow.read.emailOptOuts.listOptedOut(link.kind, [link.email]);
  return ok({ ...link, receiving: !stopped.has(link.email) });
}

/** Stops (`receive` false) or restarts this kind of email for the link's address. */
export async function answerUnsubscribeLink(
  deps: Deps,
  token: string,
  receive: boolean,
): Promise<Result<UnsubscribeLink>> {
  const link = readToken(deps, token);
  if (!link) return fail({ code: "not_found" });
  await deps.uow.transaction((r) =>
    receive
      ? r.emailOptOuts.optIn(link.email, link.kind)
      : r.emailOptOuts.optOut(link.email, link.kind, deps.clock.now()),
  );
  return ok({ ...link, receiving: receive });
}
