/** Events, CPD and courses (issue 14): publishing, registration with a waitlist, reminders and calendar feeds. */
import type { EventRepository } from "../../use-cases/events/event-ports.ts";
import type { Executor } from "../database.ts";

export function createEventRepository(db: Executor): EventRepository {
  void db;
  return {};
}
