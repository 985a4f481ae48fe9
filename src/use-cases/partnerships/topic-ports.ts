/** The programme's topic library, each round's topic schedule and the topics sent. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- its methods come with the feature (issue 12)
export interface TopicRepository {}
