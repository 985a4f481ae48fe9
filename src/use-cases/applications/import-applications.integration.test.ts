import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { systemIds } from "../../ids.ts";
import { exportApplicants } from "./export-applicants.ts";
import { startApplicationsImport, type ImportProblem } from "./import-applications.ts";
import { continueApplicationsImport } from "./continue-applications-import.ts";
import { failApplicationsImport } from "./fail-applications-import.ts";
import type { UnitOfWork, UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { Actor } from "../result.ts";
import { createLinkSigner } from "../../link-signer.ts";

const example = readFileSync(
  new URL("../../../docs/examples/applications.csv", import.meta.url),
  "utf8",
);
const now = new Date("2026-03-01T10:00:00Z");
const encode = (text: string) => new TextEncoder().encode(text);

let database: TestDatabase;
let deps: UseCaseDeps;
let admin: Actor;
let roundA: RoundRecord;
let roundB: RoundRecord;

// One database for the file (opening one costs seconds); each test gets its own programme and rounds.
beforeAll(async () => {
  database = await openTestDatabase();
  deps = fakeDeps(database.uow);
});

afterAll(async () => {
  await database.close();
});

beforeEach(async () => {
  const adminId = systemIds.newId();
  await database.db
    .insert(user)
    .values({ id: adminId, name: "Ada", email: `ada-${adminId}@example.org`, role: "admin" });
  admin = { userId: adminId, role: "admin" };
  const programmeId = systemIds.newId();
  const write = database.uow.transaction.bind(database.uow);
  await write((r) =>
    r.programmes.insert(
      {
        id: programmeId,
        slug: `ipm-${programmeId}`,
        name: "IPM",
        description: "",
        organisation: "",
        contactEmail: "",
        defaultLanguage: "es",
        createdAt: now,
      },
      adminId,
    ),
  );
  roundA = roundOf(programmeId, "round-a");
  roundB = roundOf(programmeId, "round-b");
  await write((r) => r.rounds.insert(roundA));
  await write((r) => r.rounds.insert(roundB));
  await write((r) =>
    r.rounds.replaceQuestions(roundB.id, [
      {
        id: `q-heard-${roundB.id}`,
        roundId: roundB.id,
        position: 0,
        kind: "short_text",
        label: "How did you hear about us?",
        required: false,
        options: [],
        translations: {},
      },
    ]),
  );
});

describe("importing applications from CSV", () => {
  it("writes every row of a good file, as submitted imports in the programme's language", async () => {
    const job = await importAndWait(roundA, example);

    expect(job.status).toBe("done");
    expect(job.processedRows).toBe(20);
    const items = await database.uow.read.applications.listAll(roundA.id, {});
    expect(items).toHaveLength(20);
    const eleni = items.find((a) => a.email === "eleni.papadopoulou@example.gr");
    expect(eleni).toMatchObject({
      name: "Ελένη Παπαδοπούλου",
      status: "submitted",
      source: "import",
      locale: "es",
    });
    expect(eleni?.customAnswers).toEqual({ "How did you hear about us?": "Newsletter" });
    expect(job).toMatchObject({ processedRows: 20, totalRows: 20 });
  });

  it("writes nothing when one row at the end is bad, and names that row and column", async () => {
    const bad = example + "Zed Broken,zed@example.org,Narnia,,en,,,,,,,,,,,,,,,,,\n";
    const result = await startApplicationsImport(deps, admin, {
      roundId: roundA.id,
      bytes: encode(bad),
      consentConfirmed: true,
    });

    expect(result.ok && result.value.kind).toBe("invalid");
    const problems = result.ok && result.value.kind === "invalid" ? result.value.problems : [];
    expect(problems).toEqual([
      expect.objectContaining({ row: 22, column: "country", code: "invalid_country" }),
    ]);
    expect(await countApplications(roundA)).toBe(0);
  });

  it("takes back the rows already written when a later chunk fails, and reports it failed", async () => {
    let batches = 0;
    const failing = fakeDeps({
      read: database.uow.read,
      transaction: (work) =>
        database.uow.transaction((repositories) =>
          work({
            ...repositories,
            applications: {
              ...repositories.applications,
              insertMany: async (items, importJobId) => {
                if (++batches === 2) throw new Error("disk full");
                await repositories.applications.insertMany(items, importJobId);
              },
            },
          }),
        ),
    });
    const job = await startImport(roundA, generateCsv(2500));
    const outcome = await continueApplicationsImport(failing, { importJobId: job.id });

    expect(batches).toBe(2);
    expect(outcome).toEqual({ status: "failed", cause: new Error("disk full") });
    expect(await countApplications(roundA)).toBe(0);
    const stored = await database.uow.read.importJobs.findById(job.id);
    expect(stored).toMatchObject({ status: "failed", processedRows: 0 });
    expect(stored?.errors).toEqual([expect.objectContaining({ code: "write_failed" })]);
  });

  it("resumes after the process died part-way, and ends with every row written once", async () => {
    const job = await startImport(roundA, generateCsv(2500));
    // The process "dies" after two chunks: from then on nothing reaches the database.
    let transactions = 0;
    const dying = fakeDeps({
      read: database.uow.read,
      transaction: (work) =>
        ++transactions > 2
          ? Promise.reject(new Error("process killed"))
          : database.uow.transaction(work),
    });
    await expect(continueApplicationsImport(dying, { importJobId: job.id })).rejects.toThrow(
      "process killed",
    );
    const halfway = await database.uow.read.importJobs.findById(job.id);
    expect(halfway).toMatchObject({ status: "running", processedRows: 200 });
    expect(await countApplications(roundA)).toBe(200);

    // The job runner retries the job (a new process): it carries on from the last chunk.
    expect(await continueApplicationsImport(deps, { importJobId: job.id })).toEqual({
      status: "done",
    });
    expect(await countApplications(roundA)).toBe(2500);
    const emails = (await database.uow.read.applications.listAll(roundA.id, {})).map(
      (a) => a.email,
    );
    expect(new Set(emails).size).toBe(2500);
    expect(await database.uow.read.importJobs.findById(job.id)).toMatchObject({
      status: "done",
      processedRows: 2500,
    });
    // Delivered twice, the job changes nothing more.
    expect(await continueApplicationsImport(deps, { importJobId: job.id })).toEqual({
      status: "done",
    });
    expect(await countApplications(roundA)).toBe(2500);
  });

  it("writes every row once when two workers run the same import at once", async () => {
    // A worker whose job expired while it still ran, and the retry on another instance.
    const job = await startImport(roundA, generateCsv(1500));
    const outcomes = await Promise.all([
      continueApplicationsImport(deps, { importJobId: job.id }),
      continueApplicationsImport(deps, { importJobId: job.id }),
    ]);

    expect(outcomes).toEqual([{ status: "done" }, { status: "done" }]);
    const emails = (await database.uow.read.applications.listAll(roundA.id, {})).map(
      (a) => a.email,
    );
    expect(emails).toHaveLength(1500);
    expect(new Set(emails).size).toBe(1500);
    expect(await database.uow.read.importJobs.findById(job.id)).toMatchObject({
      status: "done",
      processedRows: 1500,
    });
  });

  it("reports an import failed with nothing written when its job gave up after every retry", async () => {
    const job = await startImport(roundA, generateCsv(500));
    let transactions = 0;
    const dying = fakeDeps({
      read: database.uow.read,
      transaction: (work) =>
        ++transactions > 2
          ? Promise.reject(new Error("process killed"))
          : database.uow.transaction(work),
    });
    await expect(continueApplicationsImport(dying, { importJobId: job.id })).rejects.toThrow();
    expect(await countApplications(roundA)).toBe(200);

    // The job runner's "applications.import.given-up" job.
    expect(await failApplicationsImport(deps, { importJobId: job.id })).toEqual({
      status: "failed",
    });
    expect(await countApplications(roundA)).toBe(0);
    const stored = await database.uow.read.importJobs.findById(job.id);
    expect(stored).toMatchObject({ status: "failed", processedRows: 0 });
    expect(stored?.errors).toEqual([expect.objectContaining({ code: "write_failed" })]);
    // A late retry of the import itself changes nothing.
    expect(await continueApplicationsImport(deps, { importJobId: job.id })).toEqual({
      status: "failed",
    });
    expect(await countApplications(roundA)).toBe(0);
  });

  it("refuses emails that already applied to the round, naming their rows, and writes nothing", async () => {
    await importAndWait(roundA, example);
    const second = [
      "name,email,country,languages",
      "New Person,new.person@example.org,FI,fi:native",
      "Aino Again,AINO.VIRTANEN@example.fi,FI,fi:native",
    ].join("\n");
    const result = await startApplicationsImport(deps, admin, {
      roundId: roundA.id,
      bytes: encode(second),
      consentConfirmed: true,
    });

    const problems: ImportProblem[] =
      result.ok && result.value.kind === "invalid" ? result.value.problems : [];
    expect(problems).toEqual([
      expect.objectContaining({
        row: 3,
        column: "email",
        code: "already_applied",
        params: { value: "aino.virtanen@example.fi" },
      }),
    ]);
    expect(await countApplications(roundA)).toBe(20);
  });

  it("needs the consent confirmation and a facilitator", async () => {
    const bytes = encode(example);
    const noConsent = await startApplicationsImport(deps, admin, {
      roundId: roundA.id,
      bytes,
      consentConfirmed: false,
    });
    expect(noConsent).toMatchObject({ ok: false, error: { code: "invalid" } });
    const stranger: Actor = { userId: "someone", role: "user" };
    const outsider = await startApplicationsImport(deps, stranger, {
      roundId: roundA.id,
      bytes,
      consentConfirmed: true,
    });
    expect(outsider).toEqual({ ok: false, error: { code: "not_found" } });
  });

  it("exports a round in a file that imports into another round unchanged", async () => {
    // A formula in a cell and in the header of an imported column of its own.
    const [header, ...rows] = example
      .replace("Aino Virtanen", '=HYPERLINK("http://evil")')
      .split("\n");
    const formula = [`${header},=1+1`, ...rows.map((row) => (row ? `${row},two` : row))].join("\n");
    await importAndWait(roundA, formula);
    const exported = await exportText(roundA);
    expect(exported.startsWith("\uFEFFname,email,country")).toBe(true);
    expect(exported).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(exported.split("\r\n")[0]).toMatch(/,'=1\+1(,|$)/);

    await importAndWait(roundB, exported);
    const before = await database.uow.read.applications.listAll(roundA.id, {});
    const after = await database.uow.read.applications.listAll(roundB.id, {});
    expect(after.map(profileOf)).toEqual(before.map(profileOf));
    expect(after.find((a) => a.email === "aino.virtanen@example.fi")?.name).toBe(
      '=HYPERLINK("http://evil")',
    );
    // Round B asks "How did you hear about us?", so the column becomes that question's answer;
    // the column named like a formula comes back under its own name.
    expect(after[0]?.customAnswers).toEqual({
      [`q-heard-${roundB.id}`]: "Newsletter",
      "=1+1": "two",
    });
  });

  // The time is printed, not asserted: timed assertions flake on shared machines.
  it("imports 10,000 rows", async () => {
    const started = performance.now();
    const job = await importAndWait(roundA, generateCsv(10_000));
    const seconds = (performance.now() - started) / 1000;

    expect(job.status).toBe("done");
    expect(await countApplications(roundA)).toBe(10_000);
    // The export reads them a page at a time (many with the same creation time): each once.
    const records = (await exportText(roundA)).split("\r\n").slice(1, -1);
    expect(records).toHaveLength(10_000);
    const emails = records.map((record) => record.split(",")[1]);
    expect(new Set(emails).size).toBe(10_000);
    console.info(
      `10,000-row import on ${process.env.TEST_DB ?? "pglite"}: ${seconds.toFixed(2)} s`,
    );
  });
});

async function exportText(round: RoundRecord): Promise<string> {
  const exported = await exportApplicants(deps, admin, { roundId: round.id, filters: {} });
  if (!exported.ok) throw new Error("export failed");
  let text = "";
  for await (const chunk of exported.value.chunks) text += chunk;
  return text;
}

async function startImport(round: RoundRecord, csv: string) {
  const result = await startApplicationsImport(deps, admin, {
    roundId: round.id,
    bytes: encode(csv),
    consentConfirmed: true,
  });
  if (!result.ok || result.value.kind !== "started")
    throw new Error(`import not started: ${JSON.stringify(result)}`);
  return result.value.job;
}

/** Starts an import and runs its job here, as the job runner would. */
async function importAndWait(round: RoundRecord, csv: string) {
  const job = await startImport(round, csv);
  await continueApplicationsImport(deps, { importJobId: job.id });
  const stored = await database.uow.read.importJobs.findById(job.id);
  if (!stored) throw new Error("import job missing");
  return stored;
}

async function countApplications(round: RoundRecord) {
  return (await database.uow.read.applications.search(round.id, {}, { offset: 0, limit: 1 })).total;
}

function profileOf(a: {
  id: string;
  roundId: string;
  customAnswers: unknown;
  createdAt: Date;
  updatedAt: Date;
  consentAt: Date;
}) {
  const {
    id: _i,
    roundId: _r,
    customAnswers: _c,
    createdAt: _d,
    updatedAt: _u,
    consentAt: _k,
    ...profile
  } = a;
  return profile;
}

function fakeDeps(uow: UnitOfWork): UseCaseDeps {
  return {
    uow,
    clock: { now: () => now },
    ids: systemIds,
    renderEmail: () => ({ subject: "", text: "", html: "" }),
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: "http://localhost",
  };
}

function roundOf(programmeId: string, slug: string): RoundRecord {
  return {
    id: systemIds.newId(),
    programmeId,
    slug,
    name: slug,
    theme: "",
    mode: "peer",
    status: "open",
    applicationsOpenAt: new Date("2026-02-01T00:00:00Z"),
    applicationsCloseAt: new Date("2026-04-01T00:00:00Z"),
    matchingAt: new Date("2026-04-05T00:00:00Z"),
    startsAt: new Date("2026-04-10T00:00:00Z"),
    endsAt: new Date("2026-08-01T00:00:00Z"),
    rulesMarkdown: "",
    countryCapPercent: 10,
    countryCapMinApplications: 0,
    allowTriads: false,
    groupSize: null,
    clonedFromRoundId: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** A plausible file of `count` distinct applicants with every column filled. */
function generateCsv(count: number): string {
  const countries = ["GR", "FI", "ES", "FR", "PE", "IN", "CN", "EG", "KE", "CA"];
  const sectors = ["public", "academic", "school", "special-medical", "archive"];
  const lines = [
    "name,email,country,city,languages,timezone,library,sector,solo,career_stage,experience_years,interests,goals,match_by,partner_sector,formats,availability,role,capacity,Referral",
  ];
  for (let i = 0; i < count; i++) {
    lines.push(
      [
        `Librarian ${i}`,
        `librarian${i}@example.org`,
        countries[i % countries.length],
        "Αθήνα",
        "en:C1;el:native",
        "Europe/Athens",
        `"Library ${i}, main branch"`,
        sectors[i % sectors.length],
        i % 7 === 0 ? "yes" : "no",
        "mid",
        String(i % 40),
        "open-access;makerspaces",
        "Learn from a colleague abroad",
        "interests",
        "any",
        "online",
        "mon-10;wed-14",
        "peer",
        "",
        "Newsletter",
      ].join(","),
    );
  }
  return lines.join("\r\n") + "\r\n";
}
