import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { SecretBox } from "./use-cases/sso/sso-ports.ts";

/**
 * Secrets kept in the database (an SSO client secret): AES-256-GCM under a key derived from the
 * server's secret (HKDF-SHA256, one key per purpose), a fresh 96-bit nonce each time. A copy of
 * the database alone does not give the secret; a changed byte or another key opens nothing.
 */
export function createSecretBox(serverSecret: string, purpose: string): SecretBox {
  const key = Buffer.from(hkdfSync("sha256", serverSecret, "shelfmates-secret-box", purpose, 32));
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"));
      return `v1.${parts.join(".")}`;
    },
    open(sealed) {
      const [version, iv, tag, body, extra] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || body === undefined || extra !== undefined) return null;
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([
          decipher.update(Buffer.from(body, "base64url")),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        return null;
      }
    },
  };
}
