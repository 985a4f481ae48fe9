import type { NewsPublisher } from "../../../use-cases/news/news-ports.ts";

/**
 * The listing's filter from its address: ?network=<slug> or ?programme=<slug> (links from a
 * network's or programme's page), or ?from=network:<slug> (the listing's own select).
 */
export function readNewsFilter(
  params: URLSearchParams,
): { kind: NewsPublisher["kind"]; slug: string } | null {
  const from = params.get("from") ?? "";
  const [kind, slug] = from.split(":", 2);
  if ((kind === "network" || kind === "programme") && slug) return { kind, slug };
  const network = params.get("network");
  if (network) return { kind: "network", slug: network };
  const programme = params.get("programme");
  if (programme) return { kind: "programme", slug: programme };
  return null;
}
