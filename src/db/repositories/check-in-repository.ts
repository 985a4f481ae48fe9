import type { CheckInRepository } from "../../use-cases/partnerships/check-in-ports.ts";
import type { Executor } from "../database.ts";

export function createCheckInRepository(_db: Executor): CheckInRepository {
  return {};
}
