import { fileURLToPath } from "node:url";

/** Where the test SMTP server writes each received email (one JSON file per message). */
export const MAIL_DIR = fileURLToPath(new URL("../../tmp/e2e-mail", import.meta.url));
export const DATA_DIR = fileURLToPath(new URL("../../tmp/e2e-data", import.meta.url));
