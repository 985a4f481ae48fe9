import { fileURLToPath } from "node:url";

// Per port, so two suites on one machine (E2E_PORT=…) do not share a mailbox or database.
const port = process.env.E2E_PORT ?? "3999";

/** Where the test SMTP server writes each received email (one JSON file per message). */
export const MAIL_DIR = fileURLToPath(new URL(`../../tmp/e2e-${port}/mail`, import.meta.url));
export const DATA_DIR = fileURLToPath(new URL(`../../tmp/e2e-${port}/data`, import.meta.url));
