/**
 * Bundles the `shelfmates` command (src/cli/main.ts and the matching engine) into
 * build/cli/ as plain JavaScript, so that `npx shelfmates match` and `solve-graph` start
 * without compiling TypeScript on every run (tsx's loader costs about 0.2 s a start; a CSV
 * of 392 applicants is matched in about 0.3 s). Packages from node_modules stay imports.
 * Run by `npm install` (prepare) and `npm run build`; bin/shelfmates.js falls back to the
 * sources through tsx whenever a source file is newer than the bundle.
 */
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Writes the bundle into `outdir` (emptied first: chunk names carry a hash). */
export async function buildCli(outdir: string): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ["src/cli/main.ts"],
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    // The engine is a workspace package whose entry is TypeScript: bundle it from source.
    alias: { "@shelfmates/matching": "./packages/matching/src/index.ts" },
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli(`${root}build/cli`);
