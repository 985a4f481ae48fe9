import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Ids } from "./use-cases/ports.ts";

export const systemIds: Ids = {
  newId: () => randomUUID(),
  newSecret: () => randomBytes(24).toString("base64url"),
  hashSecret: (secret) => createHash("sha256").update(secret).digest("base64url"),
};
