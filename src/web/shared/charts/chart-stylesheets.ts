import chartsCss from "./charts.css?url";

/** Spread into a route's `links` so its page loads the charts' styles. */
export const chartStylesheets = [{ rel: "stylesheet", href: chartsCss }] as const;
