/** The door's part for this feature (see ../use-cases.ts): the programme's topic library, each round's topic schedule and the topics sent. */
import type { Bind } from "../use-cases.ts";

export const topicUseCases = (_bind: Bind) => ({});
