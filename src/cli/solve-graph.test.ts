import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CommandIo } from "./command-io.ts";
import { run } from "./solve-graph.ts";

const dir = mkdtempSync(join(tmpdir(), "solve-graph-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function solve(content: string, ...flags: string[]) {
  const file = join(dir, `graph-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, content);
  return runWith([file, ...flags]);
}

async function runWith(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTty: false,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe("shelfmates solve-graph", () => {
  it("prints one JSON line with the weight, the pairs and the certificate", async () => {
    const { code, stdout } = await solve("4 3\n0 1 2\n1 2 3\n2 3 2\n");
    expect(code).toBe(0);
    expect(stdout.endsWith("\n")).toBe(true);
    const summary = JSON.parse(stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ vertices: 4, edges: 3, weight: 4, pairs: 2, certified: true });
    expect(typeof summary.solveSeconds).toBe("number");
    expect(summary.mates).toBeUndefined();
  });

  it("adds the mates with --mates, -1 for unmatched", async () => {
    const { stdout } = await solve("3 1\r\n0 2 5\r\n", "--mates");
    expect((JSON.parse(stdout) as { mates: number[] }).mates).toEqual([2, -1, 0]);
  });

  it("reports a malformed line with its number and exit code 2", async () => {
    const { code, stderr } = await solve("3 2\n0 1 1\nx\n");
    expect(code).toBe(2);
    expect(stderr).toContain("line 3: expected 3 integers 'u v w', got 'x'");
  });

  it("reports a bad header, a missing edge line, a vertex out of range and a negative weight", async () => {
    expect((await solve("3\n")).stderr).toContain("line 1: expected 2 integers 'n m', got '3'");
    expect((await solve("3 2\n0 1 1\n")).stderr).toContain(
      "expected 2 edge lines after 'n m', found 1",
    );
    expect((await solve("3 1\n0 3 1\n")).stderr).toContain("line 2: vertex 3 is outside 0..2");
    expect((await solve("3 1\n0 1 -1\n")).stderr).toContain("line 2: expected 3 integers");
    expect((await solve("3 1\n0 1 1\n1 2 1\n")).code).toBe(2);
  });

  it("exits 2 with a clear message for a missing file or missing argument", async () => {
    const missing = await runWith([join(dir, "nope.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    expect((await runWith([])).code).toBe(2);
  });
});
