import type { SessionRepository } from "../../use-cases/sessions/session-ports.ts";
import type { Executor } from "../database.ts";

export function createSessionRepository(_db: Executor): SessionRepository {
  return {};
}
