import chartsCss from "./charts.css?url";

/**
 * Spread into a route's `links` so its page loads the charts' styles. Kept out of the index: a
 * `?url` import only resolves under Vite, and the index is also used by plain Node scripts.
 */
export const chartStylesheets = [{ rel: "stylesheet", href: chartsCss }] as const;
