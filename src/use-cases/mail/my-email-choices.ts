/**
 * A signed-in participant's choices of bulk email (topics, check-ins, nudges, reminders),
 * kept by address like the one-click links. Only an account that proved its address may see
 * or change them (decision 0003).
 */
import { BULK_EMAIL_KINDS, type BulkEmailKind } from "../../domain/mail/bulk-email-kinds.ts";
import { provedEmail } from "../accounts/proved-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

export interface MyEmailChoices {
  email: string;
  choices: { kind: BulkEmailKind; receive: boolean }[];
}

type Deps = Pick<UseCaseDeps, "uow" | "clock">;

export async function findMyEmailChoices(
  deps: Deps,
  actor: Actor,
): Promise<Result<MyEmailChoices>> {
  const email = await provedEmail(deps.uow.read, actor);
  if (!email) return fail({ code: "not_found" });
  const stopped = new Set(await deps.uow.read.emailOptOuts.listKindsFor(email));
  return ok({
    email,
    choices: BULK_EMAIL_KINDS.map((kind) => ({ kind, receive: !stopped.has(kind) })),
  });
}

/** Sets every kind at once, as the form sends them (a kind not listed is stopped). */
export async function setMyEmailChoices(
  deps: Deps,
  actor: Actor,
  receive: readonly BulkEmailKind[],
): Promise<Result<MyEmailChoices>> {
  const email = await provedEmail(deps.uow.read, actor);
  if (!email) return fail({ code: "not_found" });
  const wanted = new Set(receive);
  await deps.uow.transaction(async (r) => {
    for (const kind of BULK_EMAIL_KINDS)
      if (wanted.has(kind)) await r.emailOptOuts.optIn(email, kind);
      else await r.emailOptOuts.optOut(email, kind, deps.clock.now());
  });
  return ok({
    email,
    choices: BULK_EMAIL_KINDS.map((kind) => ({ kind, receive: wanted.has(kind) })),
  });
}
