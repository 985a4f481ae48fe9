import type { BulkEmailKind } from "../../domain/mail/bulk-email-kinds.ts";
import { isErasedAddress } from "../../domain/privacy/erasure.ts";
import type { EmailMessage, RenderEmail, RenderedEmail } from "./email-message.ts";
import type { Ids, LinkSigner, Repositories } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";

/**
 * Renders an email in the recipient's language and writes it to the outbox, inside the
 * caller's transaction, so the email exists exactly when the change that caused it does.
 */
export interface EmailToQueue {
  to: string;
  toName: string;
  locale: string;
  dedupeKey: string;
  message: EmailMessage;
  /**
   * A kind of email the recipient can stop with one click (RFC 8058): not queued at all to an
   * address that stopped it; otherwise it carries the List-Unsubscribe link.
   */
  bulk?: BulkEmailKind;
  /**
   * The programme the email is about: it signs the email, and replies go to its contact
   * address (when it has one).
   */
  programme?: { name: string; contactEmail: string };
}

type EnqueueDeps = {
  ids: Ids;
  renderEmail: RenderEmail;
  now: Date;
  links: LinkSigner;
  baseUrl: string;
};

/**
 * Renders every email first, then writes them in batches — for a whole round at once.
 * Returns how many were queued (bulk emails to addresses that stopped their kind are not).
 */
export async function enqueueEmails(
  repositories: Repositories,
  deps: EnqueueDeps,
  emails: readonly EmailToQueue[],
): Promise<number> {
  // An anonymised application's address can receive nothing (issue 16): nothing is queued to it.
  const wanted = await withoutOptedOut(
    repositories,
    emails.filter((email) => !isErasedAddress(email.to)),
  );
  if (wanted.length === 0) return 0;
  await repositories.outbox.enqueueMany(wanted.map((email) => outboxRow(deps, email)));
  await repositories.jobs.send("mail.deliver", {});
  return wanted.length;
}

/** Queues one email; false when it is bulk and its recipient stopped that kind. */
export async function enqueueEmail(
  repositories: Repositories,
  deps: EnqueueDeps,
  email: EmailToQueue,
): Promise<boolean> {
  return (await enqueueEmails(repositories, deps, [email])) === 1;
}

async function withoutOptedOut(
  repositories: Repositories,
  emails: readonly EmailToQueue[],
): Promise<readonly EmailToQueue[]> {
  const byKind = new Map<BulkEmailKind, string[]>();
  for (const email of emails)
    if (email.bulk)
      byKind.set(email.bulk, [...(byKind.get(email.bulk) ?? []), email.to.toLowerCase()]);
  if (byKind.size === 0) return emails;
  const stopped = new Map<BulkEmailKind, Set<string>>();
  for (const [kind, addresses] of byKind)
    stopped.set(kind, await repositories.emailOptOuts.listOptedOut(kind, [...new Set(addresses)]));
  return emails.filter((e) => !e.bulk || !stopped.get(e.bulk)?.has(e.to.toLowerCase()));
}

/** The `programme` of an email about this programme: it signs it and takes the replies. */
export function aboutProgramme(
  programme: Pick<ProgrammeRecord, "name" | "contactEmail"> | null | undefined,
): Pick<EmailToQueue, "programme"> {
  return programme
    ? { programme: { name: programme.name, contactEmail: programme.contactEmail } }
    : {};
}

/** The link that stops one kind of bulk email for one address; it never expires. */
export function unsubscribeUrl(
  deps: Pick<EnqueueDeps, "links" | "baseUrl">,
  kind: BulkEmailKind,
  email: string,
): string {
  const token = deps.links.sign({
    purpose: "unsubscribe",
    subject: `${kind}:${email.toLowerCase()}`,
    expiresAt: null,
  });
  return `${deps.baseUrl}/unsubscribe/${token}`;
}

/**
 * One email exactly as it is queued — in its recipient's language, signed by its programme,
 * with its unsubscribe link — so that a preview shows what is sent.
 */
export function renderQueuedEmail(
  deps: Pick<EnqueueDeps, "renderEmail" | "links" | "baseUrl">,
  email: EmailToQueue,
): RenderedEmail & { unsubscribeUrl: string | null } {
  const stopUrl = email.bulk ? unsubscribeUrl(deps, email.bulk, email.to) : null;
  const rendered = deps.renderEmail(email.message, email.locale, {
    ...(stopUrl && email.bulk ? { unsubscribe: { kind: email.bulk, url: stopUrl } } : {}),
    ...(email.programme ? { programmeName: email.programme.name } : {}),
  });
  return { ...rendered, unsubscribeUrl: stopUrl };
}

/** The outbox row of one email, rendered in its recipient's language. */
function outboxRow(deps: EnqueueDeps, email: EmailToQueue) {
  const { unsubscribeUrl: stopUrl, ...rendered } = renderQueuedEmail(deps, email);
  return {
    unsubscribeUrl: stopUrl,
    replyTo: email.programme?.contactEmail || null,
    id: deps.ids.newId(),
    createdAt: deps.now,
    dedupeKey: email.dedupeKey,
    toAddress: email.to.toLowerCase(),
    toName: email.toName,
    locale: email.locale,
    kind: email.message.kind,
    subject: rendered.subject,
    bodyText: rendered.text,
    bodyHtml: rendered.html,
  };
}
