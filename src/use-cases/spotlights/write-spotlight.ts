import { markdownParagraphs } from "../../domain/markdown-paragraphs.ts";
import { isProfileVisible } from "../../domain/profiles/profile-visibility.ts";
import {
  parseSpotlightInput,
  type SpotlightFormValues,
} from "../../domain/spotlights/spotlight-input.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { SpotlightRecord } from "./spotlight-ports.ts";

const SUMMARY_MAX = 300;

/**
 * A member writes a spotlight about a colleague, named by account (whose profile they can
 * see) or invited by name and email. It is asked, never public, until the colleague agrees
 * from the emailed link or their account; the link's secret is stored only as its hash.
 * An invited address that belongs to a verified account ties the spotlight to that account
 * (the author is not told). Writing needs a verified address: the email goes to someone else.
 */
export async function writeSpotlight(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { values: SpotlightFormValues; locale: string },
): Promise<Result<{ id: string }>> {
  return deps.uow.transaction(async (repositories) => {
    if (!actor) return fail({ code: "not_found" });
    const authorAccount = await repositories.users.findById(actor.userId);
    if (!authorAccount) return fail({ code: "not_found" });
    if (!authorAccount.emailVerified) return fail({ code: "conflict", reason: "unverified" });
    const parsed = parseSpotlightInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const { subject, ...text } = parsed.value;

    let colleague: { userId: string | null; email: string; name: string; locale: string };
    if (subject.kind === "account") {
      const [profile, account] = await Promise.all([
        repositories.profiles.findProfile(subject.userId),
        repositories.users.findById(subject.userId),
      ]);
      if (
        !profile ||
        !account?.emailVerified ||
        account.id === actor.userId ||
        !isProfileVisible(profile.visibility, "member")
      )
        return fail({
          code: "invalid",
          fieldErrors: { subjectUserId: { key: "spotlights:errors.subjectUnknown" } },
        });
      colleague = {
        userId: account.id,
        email: account.email,
        name: account.name,
        locale: account.locale ?? input.locale,
      };
    } else {
      if (subject.email === authorAccount.email.toLowerCase())
        return fail({
          code: "invalid",
          fieldErrors: { subjectEmail: { key: "spotlights:errors.self" } },
        });
      const account = await repositories.users.findByEmail(subject.email);
      colleague = {
        userId: account?.emailVerified ? account.id : null,
        email: subject.email,
        name: subject.name,
        locale: account?.locale ?? input.locale,
      };
    }

    const now = deps.clock.now();
    const secret = deps.ids.newSecret();
    const record: SpotlightRecord = {
      id: deps.ids.newId(),
      authorId: actor.userId,
      subjectUserId: colleague.userId,
      subjectEmail: subject.kind === "email" ? subject.email : "",
      subjectName: colleague.name,
      ...text,
      status: "asked",
      createdAt: now,
      answeredAt: null,
      withdrawnAt: null,
    };
    await repositories.spotlights.insert(record, deps.ids.hashSecret(secret));
    const summary = markdownParagraphs(text.body)[0] ?? "";
    await enqueueEmail(
      repositories,
      { ...deps, now },
      {
        to: colleague.email,
        toName: colleague.name,
        locale: colleague.locale,
        dedupeKey: `spotlight-asked:${record.id}`,
        message: {
          kind: "spotlight-asked",
          recipientName: colleague.name,
          authorName: authorAccount.name,
          title: text.title,
          summary: summary.length > SUMMARY_MAX ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary,
          answerUrl: `${deps.baseUrl}/spotlights/answer/${secret}`,
        },
      },
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "spotlight.written",
      subjectType: "spotlight",
      subjectId: record.id,
      data: { byAccount: subject.kind === "account" },
      createdAt: now,
    });
    return ok({ id: record.id });
  });
}
