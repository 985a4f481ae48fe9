/**
 * `npm start`: builds the app only when its sources changed since the last build, quietly
 * (the build's own chatter — Vite's progress, a deprecation React Router's internal Vite
 * server triggers — asks nothing of the person starting it; on failure all of it is shown),
 * then serves it.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const buildDir = join(root, process.env.SHELFMATES_BUILD_DIR ?? "build");
const stampFile = join(buildDir, ".sources");

/** What the build reads: the app's sources and the files that configure the build. */
const INPUTS = [
  "src",
  "packages/matching/src",
  "package.json",
  "package-lock.json",
  "react-router.config.ts",
  "vite.config.ts",
  "tsconfig.json",
];

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    yield* files(join(path, entry));
  }
}

/** A fingerprint of every input's path, size and modification time (cheap: no reading). */
export function sourcesFingerprint(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS)
    for (const file of files(join(root, input))) {
      const stat = statSync(file);
      hash.update(`${relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  return hash.digest("hex");
}

const fingerprint = sourcesFingerprint();
const built =
  existsSync(join(buildDir, "server/index.js")) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, "utf8") === fingerprint;

if (built) {
  console.log("The app is built and its sources have not changed: starting it.");
} else {
  console.log("Building the app (its sources changed since the last build)…");
  const started = Date.now();
  const result = spawnSync("npm", ["run", "build", "--silent"], {
    cwd: root,
    encoding: "utf8",
    env: process.env,
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    console.error(`The build failed (exit ${result.status}): see above.`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, fingerprint);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

await import("../server/start.ts");
