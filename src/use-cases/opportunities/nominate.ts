import {
  parseNominationInput,
  type NominationFormValues,
} from "../../domain/opportunities/nomination-input.ts";
import { takesNominations } from "../../domain/opportunities/opportunity-input.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { nominationAnswerUrl } from "./opportunity-links.ts";
import type { NominationRecord } from "./opportunity-ports.ts";

/**
 * A signed-in member (with a proved address) nominates a colleague, or themselves, with a
 * note. A colleague is asked by email, in their language (their account's, else the page's),
 * with a link whose secret only they hold (its sha256 is stored); nothing about it shows to
 * anyone else until they accept. Nominating oneself is accepted at once. After the deadline,
 * or once closed: `closed`. One per address and opportunity: a second answers
 * `already_nominated`, whoever made the first.
 */
export async function nominate(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: {
    opportunityId: string;
    values: NominationFormValues;
    /** The page's language: the nominee's, when they have no account saying otherwise. */
    locale: string;
    /** The nominator's zone: the email writes the deadline on it, named. */
    timeZone: string;
  },
): Promise<Result<{ nominationId: string; nomineeName: string; self: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const opportunity = await repositories.opportunities.findOpportunity(input.opportunityId);
    if (!opportunity || !actor) return fail({ code: "not_found" });
    const now = deps.clock.now();
    if (!takesNominations(opportunity, now)) return fail({ code: "closed" });
    const me = await repositories.users.findById(actor.userId);
    if (!me) return fail({ code: "not_found" });
    if (!me.emailVerified) return fail({ code: "conflict", reason: "unverified" });
    const parsed = parseNominationInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const myEmail = me.email.toLowerCase();
    const value = parsed.value;
    const nominee =
      value.self || value.nomineeEmail === myEmail
        ? { self: true, email: myEmail, name: me.name }
        : { self: false, email: value.nomineeEmail, name: value.nomineeName };
    const self = nominee.self;
    // An account is the nominee's only once it has proved the address.
    const account = self ? me : await repositories.users.findByEmail(nominee.email);
    const nomineeAccount = account?.emailVerified ? account : undefined;
    const secret = deps.ids.newSecret();
    const record: NominationRecord = {
      id: deps.ids.newId(),
      opportunityId: opportunity.id,
      nominatorId: actor.userId,
      nomineeUserId: nomineeAccount?.id ?? null,
      nomineeEmail: nominee.email,
      nomineeName: nominee.name,
      nomineeLocale: nomineeAccount?.locale ?? input.locale,
      note: value.note,
      status: self ? "accepted" : "asked",
      outcome: null,
      outcomeAt: null,
      outcomeBy: null,
      answerTokenHash: deps.ids.hashSecret(secret),
      createdAt: now,
      answeredAt: self ? now : null,
    };
    // The unique index decides between two nominations of one address at the same moment.
    if (!(await repositories.opportunities.insertNomination(record)))
      return fail({ code: "conflict", reason: "already_nominated" });
    if (!self)
      await enqueueEmail(
        repositories,
        { ...deps, now },
        {
          to: record.nomineeEmail,
          toName: record.nomineeName,
          locale: record.nomineeLocale,
          dedupeKey: `nomination-request:${record.id}`,
          message: {
            kind: "nomination-request",
            recipientName: record.nomineeName,
            nominatorName: me.name,
            opportunityTitle: opportunity.title,
            opportunityKind: opportunity.kind,
            publisherName: opportunity.publisher.name,
            note: record.note,
            deadline: opportunity.deadline,
            timeZone: input.timeZone,
            answerUrl: nominationAnswerUrl(deps, secret),
          },
        },
      );
    // The audit names the opportunity, never the nominee: a declined nomination leaves no trace
    // of who was asked outside its own row.
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: self ? "nomination.self" : "nomination.made",
      subjectType: "nomination",
      subjectId: record.id,
      data: { opportunityId: opportunity.id },
      createdAt: now,
    });
    return ok({ nominationId: record.id, nomineeName: record.nomineeName, self });
  });
}
