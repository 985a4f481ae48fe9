/**
 * A newcomer's second `npm start`: the embedded database is found on disk, nothing is loaded
 * twice, and the demo's people sign in and see what the first start wrote.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { DEMO_ACCOUNTS } from "../src/demo/load-demo.ts";
import { startServicesWithDemo, type RunningServices } from "./services.ts";

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "shelfmates-second-start-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const facilitator = DEMO_ACCOUNTS.find((a) => a.email.startsWith("facilitator@"))!;

async function start(): Promise<{
  running: RunningServices;
  loaded: boolean | undefined;
  said: string[];
}> {
  const said: string[] = [];
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: join(workDir, "data"),
    SHELFMATES_DEMO: "1",
    BASE_URL: "http://localhost:3999",
  });
  const { running, demo } = await startServicesWithDemo(config, pino({ level: "silent" }), (m) =>
    said.push(m),
  );
  return { running, loaded: demo?.loaded, said };
}

/** What the demo facilitator sees of their programmes, signed in with the demo password. */
async function facilitatorsProgrammes(running: RunningServices): Promise<string[]> {
  const { auth, useCases } = running.services;
  const signedIn = await auth.api.signInEmail({
    body: { email: facilitator.email, password: facilitator.password },
  });
  const listed = await useCases.listProgrammesForFacilitator(
    { userId: signedIn.user.id, role: "user" },
    { offset: 0, limit: 20 },
  );
  return listed.programmes.items.map((p) => p.name).sort();
}

// The embedded database's own path: the PostgreSQL run of the suite has nothing to add.
describe.skipIf(process.env.TEST_DB === "postgres")(
  "starting again on the same data directory",
  () => {
    it("finds the demo the first start wrote, loads nothing twice, and its people sign in", async () => {
      const first = await start();
      let programmes: string[];
      try {
        expect(first.loaded).toBe(true);
        expect(first.said.join("\n")).toMatch(/Loading demo data/);
        programmes = await facilitatorsProgrammes(first.running);
        expect(programmes.length).toBeGreaterThan(0);
        // The demo's people are found by name, as anyone signed up is.
        const found = await first.running.services.useCases.listPeopleForAdministrator(
          { userId: "anyone", role: "admin" },
          { search: "FENNA", page: { offset: 0, limit: 5 } },
        );
        expect(found.ok && found.value.items.map((p) => p.email)).toEqual([facilitator.email]);
      } finally {
        await first.running.stop();
      }

      const second = await start();
      try {
        expect(second.loaded).toBe(false);
        expect(second.said).toEqual([]);
        expect(await facilitatorsProgrammes(second.running)).toEqual(programmes);
      } finally {
        await second.running.stop();
      }
    }, 300_000);
  },
);
