#!/usr/bin/env node
// The `shelfmates` command. `match` and `solve-graph` run from the plain JavaScript bundle
// in build/cli/ (scripts/build-cli.ts, built by `npm install` and `npm run build`) when it is
// newer than every source file; otherwise, and for `demo` (whose database code finds its
// migrations relative to its source file), the sources run through tsx, with no build step.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = `${root}build/cli/main.js`;
const BUNDLED_COMMANDS = new Set(["match", "solve-graph"]);

/** The newest modification time under a directory (milliseconds), 0 when it is missing. */
function newestIn(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    const time = entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function bundleIsFresh() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  return ["src", "packages/matching/src"].every((dir) => newestIn(`${root}${dir}`) <= built);
}

if (BUNDLED_COMMANDS.has(process.argv[2]) && bundleIsFresh()) {
  await import(bundle);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
