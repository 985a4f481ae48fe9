import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { MAIL_DIR } from "./paths.ts";

export interface ReceivedEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

export function emailsTo(address: string): ReceivedEmail[] {
  if (!existsSync(MAIL_DIR)) return [];
  return readdirSync(MAIL_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(MAIL_DIR, f), "utf8")) as ReceivedEmail)
    .filter((m) => m.to.includes(address.toLowerCase()));
}

/** Waits until the n-th email to `address` (1-based) arrived through the test SMTP server. */
export async function waitForEmail(address: string, count = 1): Promise<ReceivedEmail> {
  await expect
    .poll(() => emailsTo(address).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(count);
  return emailsTo(address)[count - 1]!;
}

export function firstLink(email: ReceivedEmail, pathPart: string): string {
  const match = email.text.match(new RegExp(`https?://\\S*${pathPart}\\S*`));
  if (!match) throw new Error(`No link containing ${pathPart} in: ${email.text}`);
  return match[0];
}
