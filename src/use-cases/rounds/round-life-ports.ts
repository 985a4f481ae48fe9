/** The facilitator's day, a round's dashboard and the end of a round. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- its methods come with the feature (issue 12)
export interface RoundLifeRepository {}
