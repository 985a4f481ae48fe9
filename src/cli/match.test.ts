import { mkdtemp, readFile, writeFile, access } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSyntheticParticipants } from "@shelfmates/matching";
import { beforeAll, describe, expect, it } from "vitest";
import {
  parseApplicationsCsv,
  writeApplicationsCsv,
} from "../domain/applications/application-csv/index.ts";
import type { ApplicationProfile } from "../domain/applications/application-profile.ts";
import { INTERESTS } from "../domain/vocabulary/vocabulary.ts";
import type { CommandIo } from "./command-io.ts";
import { run } from "./match.ts";

const ZONES: Record<string, string> = {
  FI: "Europe/Helsinki",
  GR: "Europe/Athens",
  IN: "Asia/Kolkata",
  US: "America/New_York",
};

function captureIo(): CommandIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    isTty: false,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

/** A demo-size applications file built from the engine's synthetic round. */
function demoCsv(count: number): string {
  const profiles: ApplicationProfile[] = generateSyntheticParticipants(count, 3, {
    interestNames: INTERESTS,
  }).map((p, i) => ({
    name: `Applicant ${i} Ελένη`,
    email: `applicant${i}@example.org`,
    country: p.country,
    city: "",
    languages: [...p.languages],
    timeZone: ZONES[p.country] ?? "UTC",
    library: p.library,
    sector: p.sector as ApplicationProfile["sector"],
    solo: false,
    jobTitle: "",
    careerStage: p.careerStage,
    experienceYears: p.experienceYears,
    interests: [...p.interests],
    otherInterests: p.otherInterests,
    goals: p.goals,
    matchBy: p.matchBy,
    partnerSector: p.partnerSector,
    meetingFormats: ["online"],
    availability: [...p.availability],
    role: p.role,
    mentorCapacity: p.mentorCapacity ?? null,
  }));
  return writeApplicationsCsv(profiles.map((profile) => ({ profile })));
}

/** Applicants alike in everything but country and library: nearly every pair ties. */
function alikeCsv(count: number): string {
  const countries = ["FI", "GR", "ES", "PE", "JP", "DE", "FR", "IT", "BR", "KE", "NG", "IN"];
  const profiles: ApplicationProfile[] = Array.from({ length: count }, (_, i) => ({
    name: `Alike ${i}`,
    email: `alike${i}@example.org`,
    country: countries[i % countries.length]!,
    city: "",
    languages: [{ code: "en", level: "C1" }],
    timeZone: "UTC",
    library: `Library ${i}`,
    sector: "public",
    solo: false,
    jobTitle: "",
    careerStage: "mid",
    experienceYears: 5,
    interests: [INTERESTS[0]],
    otherInterests: "",
    goals: "",
    matchBy: "anyone",
    partnerSector: "any",
    meetingFormats: ["online"],
    availability: ["mon-10"],
    role: "peer",
    mentorCapacity: null,
  }));
  return writeApplicationsCsv(profiles.map((profile) => ({ profile })));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "shelfmates-match-"));
});

describe("shelfmates match", () => {
  it("matches the example file and writes one row per pair with emails, score and explanation", async () => {
    const out = join(dir, "pairs.csv");
    const io = captureIo();
    const code = await run(
      ["docs/examples/applications.csv", "--mode", "peer", "--out", out, "--date", "2026-03-01"],
      io,
    );
    expect(io.err).toBe("");
    expect(code).toBe(0);
    expect(io.out).toMatch(/people\s+20\npairs\s+10\nunmatched\s+0\n/);
    expect(io.out).toMatch(/cross-country\s+100 %/);
    expect(io.out).toMatch(/certified optimal yes — optimal over all allowed pairs/);
    const rows = (await readFile(out, "utf8")).trim().split("\r\n");
    expect(rows[0]).toBe("group,kind,email_1,name_1,email_2,name_2,score,explanation");
    expect(rows).toHaveLength(11);
    expect(rows.join("\n")).toContain("Ελένη Παπαδοπούλου");
    expect(rows.join("\n")).toMatch(/both work in English/);
  });

  it("lists mentor–mentee pairs and the unmatched with reasons in mentor mode", async () => {
    const out = join(dir, "mentors.csv");
    const io = captureIo();
    expect(
      await run(
        [
          "docs/examples/applications.csv",
          "--mode",
          "mentor",
          "--out",
          out,
          "--date",
          "2026-03-01",
        ],
        io,
      ),
    ).toBe(0);
    const csv = await readFile(out, "utf8");
    expect(csv).toMatch(/mentorship,omar\.elmasry@example\.eg/);
    expect(csv).toMatch(/unmatched,eleni\.papadopoulou@example\.gr,.*applied as neither/);
  });

  it("reports bad rows with row and column, exits 2 and writes nothing", async () => {
    const input = join(dir, "bad.csv");
    const out = join(dir, "never.csv");
    await writeFile(
      input,
      "name,email,country,languages\nAino,aino@example.fi,Narnia,fi\nBo,bo@example.se,SE,\n",
    );
    const io = captureIo();
    expect(await run([input, "--mode", "peer", "--out", out], io)).toBe(2);
    expect(io.err).toContain('Row 2, column "country": "Narnia" is not a country we know');
    expect(io.err).toContain('Row 3, column "languages": this column must not be empty.');
    for (const path of [out, `${out}.partial`])
      await expect(access(path)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses an unknown setting in round.json", async () => {
    const config = join(dir, "round.json");
    await writeFile(config, JSON.stringify({ weights: { sharedInterest: 10 } }));
    const io = captureIo();
    expect(
      await run(
        ["docs/examples/applications.csv", "--config", config, "--out", join(dir, "x.csv")],
        io,
      ),
    ).toBe(2);
    expect(io.err).toContain('unknown setting "weights.sharedInterest"');
  });

  it("applies round.json: triads join the odd one out", async () => {
    const input = join(dir, "odd.csv");
    await writeFile(
      input,
      "name,email,country,languages\nA,a@x.org,FI,en\nB,b@x.org,GR,en\nC,c@x.org,ES,en\n",
    );
    const config = join(dir, "triads.json");
    await writeFile(
      config,
      JSON.stringify({ allowTriads: true, hard: { mentorMinExtraYears: 5 } }),
    );
    const out = join(dir, "triads.csv");
    const io = captureIo();
    expect(await run([input, "--config", config, "--out", out], io)).toBe(0);
    expect(await readFile(out, "utf8")).toMatch(/^1,triad,/m);
  });

  it("matches a 392-applicant round end to end", async () => {
    const input = join(dir, "demo.csv");
    await writeFile(input, demoCsv(392));
    expect(parseApplicationsCsv(await readFile(input)).ok).toBe(true);
    const io = captureIo();
    const code = await run(
      [input, "--mode", "peer", "--out", join(dir, "demo-pairs.csv"), "--date", "2026-03-01"],
      io,
    );
    expect(code).toBe(0);
    expect(io.out).toMatch(/people\s+392/);
  });

  it("pairs everyone in a large round of alike applicants, certified over all allowed pairs", async () => {
    const file = join(dir, "alike.csv");
    await writeFile(file, alikeCsv(1200));
    const io = captureIo();
    const out = join(dir, "alike-pairs.csv");
    expect(await run([file, "--mode", "peer", "--out", out, "--date", "2026-03-01"], io)).toBe(0);
    expect(io.out).toMatch(/pairs\s+600\nunmatched\s+0\n/);
    expect(io.out).toMatch(
      /certified optimal yes — optimal over all allowed pairs: solved on each person's best 50 candidates, then every other allowed pair was priced/,
    );
  }, 30_000);

  it("says what was proved when the time budget stops pricing", async () => {
    const file = join(dir, "large.csv");
    await writeFile(file, demoCsv(1200));
    const io = captureIo();
    const out = join(dir, "large-pairs.csv");
    const args = [file, "--mode", "peer", "--out", out, "--date", "2026-03-01"];
    expect(await run([...args, "--time-budget", "0"], io)).toBe(0);
    expect(io.out).toMatch(
      /certified optimal no — optimal among each person's best 50 candidates, not proved over all allowed pairs \(the time budget stopped pricing\); the all-pairs optimum has at most \d+ more pairs, or at equal size at most \d+ more score points/,
    );
    const full = captureIo();
    expect(await run(args, full)).toBe(0);
    expect(full.out).toMatch(/certified optimal yes — optimal over all allowed pairs/);
  }, 30_000);
});
