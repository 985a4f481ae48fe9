/**
 * The ports a use case is given, over a test database: the real renderer, ids, link signer
 * and in-process engine, with a clock the test controls (`clock.set`).
 */
import { systemIds } from "../ids.ts";
import { createLinkSigner } from "../link-signer.ts";
import { renderEmail } from "../mail/render-email.ts";
import { inProcessMatchingEngine } from "../use-cases/matching/in-process-engine.ts";
import type { AllUseCaseDeps } from "../use-cases/use-cases.ts";
import type { TestDatabase } from "./test-database.ts";

export const TEST_BASE_URL = "http://test.localhost";

export type TestUseCaseDeps = AllUseCaseDeps & {
  clock: { now(): Date; set(at: Date | string): void; advanceDays(days: number): void };
};

export function testUseCaseDeps(database: TestDatabase, now: Date | string): TestUseCaseDeps {
  let current = new Date(now);
  return {
    uow: database.uow,
    clock: {
      now: () => new Date(current),
      set: (at) => void (current = new Date(at)),
      advanceDays: (days) => void (current = new Date(current.getTime() + days * 86_400_000)),
    },
    ids: systemIds,
    renderEmail,
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: TEST_BASE_URL,
    matchingEngine: inProcessMatchingEngine,
  };
}
