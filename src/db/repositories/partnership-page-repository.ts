import type { PartnershipPageRepository } from "../../use-cases/partnerships/partnership-page-ports.ts";
import type { Executor } from "../database.ts";

export function createPartnershipPageRepository(_db: Executor): PartnershipPageRepository {
  return {};
}
