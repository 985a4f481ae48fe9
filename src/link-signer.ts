import { createHmac, timingSafeEqual } from "node:crypto";
import type { LinkSigner } from "./use-cases/ports.ts";

/**
 * Links in emails that work without signing in (check-ins, unsubscribing, calendar feeds):
 * the claims travel in the link, with an HMAC-SHA256 of them under the server's secret, so
 * nothing needs storing and a changed character makes the link invalid.
 */
export function createLinkSigner(secret: string): LinkSigner {
  const mac = (body: string) =>
    createHmac("sha256", secret).update(body).digest().subarray(0, 18).toString("base64url");
  return {
    sign({ purpose, subject, expiresAt }) {
      const claims = { p: purpose, s: subject, e: expiresAt ? expiresAt.getTime() : null };
      const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
      return `${body}.${mac(body)}`;
    },
    verify(token, purpose, now) {
      const [body, signature, extra] = token.split(".");
      if (!body || !signature || extra !== undefined) return { error: "invalid" };
      const expected = Buffer.from(mac(body));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { error: "invalid" };
      let claims: { p?: unknown; s?: unknown; e?: unknown };
      try {
        claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as typeof claims;
      } catch {
        return { error: "invalid" };
      }
      if (claims.p !== purpose || typeof claims.s !== "string") return { error: "invalid" };
      if (typeof claims.e === "number" && claims.e <= now.getTime()) return { error: "expired" };
      return { subject: claims.s };
    },
  };
}
