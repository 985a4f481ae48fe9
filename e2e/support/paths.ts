import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Per port, so two suites on one machine (E2E_PORT=…) do not share a mailbox or database.
const port = process.env.E2E_PORT ?? "3999";

/** Where the test SMTP server writes each received email (one JSON file per message). */
export const MAIL_DIR = fileURLToPath(new URL(`../../tmp/e2e-${port}/mail`, import.meta.url));
/**
 * The test server's PGlite data directory: in memory-backed /dev/shm where the machine has
 * it. PGlite writes its pages through many small file writes, which a virtual disk makes
 * slow: on the CI machine loading the demo took about 2 minutes with the data on disk and
 * 35 seconds on /dev/shm (the same files, the same code path), and every journey's writes
 * wait less.
 */
export const DATA_DIR = existsSync("/dev/shm")
  ? `/dev/shm/shelfmates-e2e-${port}/data`
  : fileURLToPath(new URL(`../../tmp/e2e-${port}/data`, import.meta.url));
