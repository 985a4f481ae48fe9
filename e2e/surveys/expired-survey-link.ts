/**
 * The same survey link as one an email carried, but as it is once its time is up: same survey
 * and participant, an expiry already past, signed with the secret the test server runs with
 * (serve-for-tests.ts passes this process's environment on, so loadConfig finds the same
 * SHELFMATES_SECRET, or the same development secret without it).
 */
import { loadConfig } from "../../src/config.ts";
import { createLinkSigner } from "../../src/link-signer.ts";

export function expiredSurveyLink(link: string): string {
  const url = new URL(link);
  const token = url.pathname.split("/").pop()!;
  const claims = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString("utf8")) as {
    p: string;
    s: string;
  };
  const signer = createLinkSigner(
    loadConfig({ SHELFMATES_SECRET: process.env.SHELFMATES_SECRET }).secret,
  );
  const expired = signer.sign({
    purpose: claims.p,
    subject: claims.s,
    expiresAt: new Date(Date.now() - 60_000),
  });
  return `${url.origin}/survey/${expired}`;
}
