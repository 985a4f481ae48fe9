/** News (issue 14): posts, comments and their moderation, RSS and Atom feeds, the weekly digest. */
import type { NewsRepository } from "../../use-cases/news/news-ports.ts";
import type { Executor } from "../database.ts";

export function createNewsRepository(db: Executor): NewsRepository {
  void db;
  return {};
}
