import type { TopicRepository } from "../../use-cases/partnerships/topic-ports.ts";
import type { Executor } from "../database.ts";

export function createTopicRepository(_db: Executor): TopicRepository {
  return {};
}
