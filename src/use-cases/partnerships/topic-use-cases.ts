/** The door's part for this feature (see ../use-cases.ts): the programme's topic library, each round's topic schedule and the topics sent. */
import type { Bind } from "../use-cases.ts";
import { archiveTopic } from "./archive-topic.ts";
import { createTopic } from "./create-topic.ts";
import { getTopic } from "./get-topic.ts";
import { getTopicSchedule } from "./get-topic-schedule.ts";
import { listTopics } from "./list-topics.ts";
import { saveTopicSchedule } from "./save-topic-schedule.ts";
import { sendDueTopics } from "./send-due-topics.ts";
import { updateTopic } from "./update-topic.ts";

export const topicUseCases = (bind: Bind) => ({
  listTopics: bind(listTopics),
  getTopic: bind(getTopic),
  createTopic: bind(createTopic),
  updateTopic: bind(updateTopic),
  archiveTopic: bind(archiveTopic),
  getTopicSchedule: bind(getTopicSchedule),
  saveTopicSchedule: bind(saveTopicSchedule),
  /** The scheduled job "topics.send" (a system action: no actor). */
  sendDueTopics: bind(sendDueTopics),
});
