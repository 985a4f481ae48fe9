/** Networks (issue 14): the directory, members, organisers, campaigns and petitions. */
import type { NetworkRepository } from "../../use-cases/networks/network-ports.ts";
import type { Executor } from "../database.ts";

export function createNetworkRepository(db: Executor): NetworkRepository {
  void db;
  return {};
}
