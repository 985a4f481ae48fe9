/** The events feature's templates, spread into render-email.ts's registry. */
export const eventTemplates = {};
