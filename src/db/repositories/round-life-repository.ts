import type { RoundLifeRepository } from "../../use-cases/rounds/round-life-ports.ts";
import type { Executor } from "../database.ts";

export function createRoundLifeRepository(_db: Executor): RoundLifeRepository {
  return {};
}
