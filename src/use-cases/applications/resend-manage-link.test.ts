import { describe, expect, it } from "vitest";
import { findApplicationByManageToken } from "./find-application-by-manage-token.ts";
import type { OutboxRecord } from "../mail/mail-ports.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { RESEND_MANAGE_LINK_INTERVAL_MS, resendManageLink } from "./resend-manage-link.ts";
import { createLinkSigner } from "../../link-signer.ts";

const round = {
  id: "round-1",
  programmeId: "programme-1",
  name: "Round 1",
  applicationsCloseAt: new Date("2030-02-01T00:00:00Z"),
} as RoundRecord;

const application = {
  id: "application-1",
  roundId: round.id,
  name: "Eleni Papadopoulou",
  email: "eleni@example.org",
  timeZone: "Europe/Athens",
  status: "submitted",
} as ApplicationRecord;

/** In-memory stand-ins for the few ports this use case touches. */
function fakeWorld() {
  const tokenHashes = new Map<string, string>([[application.id, "hash:old-secret"]]);
  const outbox: OutboxRecord[] = [];
  let now = new Date("2030-01-10T12:00:00Z");
  let secrets = 0;
  const repositories = {
    jobs: { send: () => Promise.resolve() },
    rounds: { findById: (id: string) => Promise.resolve(id === round.id ? round : undefined) },
    programmes: { findById: () => Promise.resolve({ name: "International Peer Mentoring" }) },
    applications: {
      findByRoundAndEmail: (roundId: string, email: string) =>
        Promise.resolve(
          roundId === round.id && email === application.email ? application : undefined,
        ),
      setManageTokenHash: (id: string, hash: string) =>
        Promise.resolve(void tokenHashes.set(id, hash)),
      findByManageTokenHash: (hash: string) =>
        Promise.resolve(tokenHashes.get(application.id) === hash ? application : undefined),
    },
    outbox: {
      enqueueMany: (emails: OutboxRecord[]) => {
        for (const email of emails)
          if (!outbox.some((m) => m.dedupeKey === email.dedupeKey)) outbox.unshift(email);
        return Promise.resolve();
      },
      list: (_page: unknown, to: string) => {
        const items = outbox.filter((m) => m.toAddress === to);
        return Promise.resolve({ items, total: items.length });
      },
    },
  } as unknown as Repositories;
  const deps: UseCaseDeps = {
    uow: { read: repositories, transaction: (work) => work(repositories) },
    clock: { now: () => now },
    ids: {
      newId: () => `id-${outbox.length}`,
      newSecret: () => `secret-${++secrets}`,
      hashSecret: (s) => `hash:${s}`,
    },
    renderEmail: (message) => ({
      subject: message.kind,
      text: "manageUrl" in message ? message.manageUrl : "",
      html: "",
    }),
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: "https://shelfmates.example",
  };
  return { deps, outbox, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const tokenFrom = (text: string) => text.split("/applications/manage/")[1] ?? "";

describe("resendManageLink", () => {
  it("emails a new working link to the application's address, and the old link stops working", async () => {
    const { deps, outbox } = fakeWorld();
    const result = await resendManageLink(deps, {
      roundId: round.id,
      email: " Eleni@Example.org ",
      locale: "fr",
    });
    expect(result).toEqual({ ok: true, value: { sent: true } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      toAddress: "eleni@example.org",
      kind: "application-received",
      locale: "fr",
    });
    const opened = await findApplicationByManageToken(deps, tokenFrom(outbox[0]!.bodyText));
    expect(opened.ok && opened.value.application.id).toBe(application.id);
    expect((await findApplicationByManageToken(deps, "old-secret")).ok).toBe(false);
  });

  it("sends at most one link per application in ten minutes", async () => {
    const { deps, outbox, advance } = fakeWorld();
    await resendManageLink(deps, { roundId: round.id, email: application.email, locale: "en" });
    advance(RESEND_MANAGE_LINK_INTERVAL_MS - 1000);
    const again = await resendManageLink(deps, {
      roundId: round.id,
      email: application.email,
      locale: "en",
    });
    expect(again).toEqual({ ok: true, value: { sent: false } });
    expect(outbox).toHaveLength(1);
    // The link already emailed still works: a refused request must not invalidate it.
    expect((await findApplicationByManageToken(deps, tokenFrom(outbox[0]!.bodyText))).ok).toBe(
      true,
    );
    advance(2000);
    await resendManageLink(deps, { roundId: round.id, email: application.email, locale: "en" });
    expect(outbox).toHaveLength(2);
  });

  it("sends nothing for an address that has not applied, and says the same", async () => {
    const { deps, outbox } = fakeWorld();
    const result = await resendManageLink(deps, {
      roundId: round.id,
      email: "someone@example.org",
      locale: "en",
    });
    // The same answer as a throttled request for a real application: nothing tells them apart.
    expect(result).toEqual({ ok: true, value: { sent: false } });
    expect(outbox).toHaveLength(0);
  });
});
