import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildCli } from "../../scripts/build-cli.ts";

// The command as a user runs it: a separate node process, from bin/ and from the bundle.
const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);
// Inside the repository's ignored tmp/ (not the system temp directory) so the bundle's
// imports of packages resolve from node_modules as they do in build/cli/.
mkdirSync(join(root, "tmp"), { recursive: true });
const dir = mkdtempSync(join(root, "tmp", "cli-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const graphFile = join(dir, "graph.txt");
writeFileSync(graphFile, "4 4\n0 1 5\n1 2 8\n2 3 5\n0 3 1\n");
const badFile = join(dir, "bad.txt");
writeFileSync(badFile, "3 2\n0 1 5\n1 x 2\n");

async function shelfmates(entry: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [entry, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("the shelfmates command in its own process", () => {
  it("solves an edge list and names the bad line of a broken one (bin/shelfmates.js)", async () => {
    const solved = await shelfmates(join(root, "bin/shelfmates.js"), ["solve-graph", graphFile]);
    expect(solved.code).toBe(0);
    expect(JSON.parse(solved.stdout)).toMatchObject({ weight: 10, pairs: 2, certified: true });
    const bad = await shelfmates(join(root, "bin/shelfmates.js"), ["solve-graph", badFile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("line 3");
  }, 30_000);

  it("runs the same from the plain JavaScript bundle that npm install builds", async () => {
    const out = join(dir, "bundle");
    await buildCli(out);
    const solved = await shelfmates(join(out, "main.js"), ["solve-graph", graphFile, "--mates"]);
    expect(solved.code).toBe(0);
    expect(JSON.parse(solved.stdout)).toMatchObject({ weight: 10, mates: [1, 0, 3, 2] });
    const usage = await shelfmates(join(out, "main.js"), []);
    expect(usage.stderr).toContain("Usage: shelfmates");
  }, 30_000);
});
