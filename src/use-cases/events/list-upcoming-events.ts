import { z } from "zod";
import { isCountryCode } from "../../domain/vocabulary/countries.ts";
import { INTERESTS } from "../../domain/vocabulary/vocabulary.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ListedOccurrence } from "./event-ports.ts";

/** The listing's filters as the address carries them; anything malformed is ignored. */
export const eventListingQuery = z.object({
  /** "2027-03-01": occurrences from that day (UTC), else from now. */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  /** "2027-03-31": up to the end of that day (UTC). */
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  country: z.string().toUpperCase().refine(isCountryCode).optional().catch(undefined),
  online: z.literal("1").optional().catch(undefined),
  topic: z.enum(INTERESTS).optional().catch(undefined),
  network: z.string().max(100).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type EventListingQuery = z.infer<typeof eventListingQuery>;

const validDay = (day: string | undefined) => {
  const date = day ? new Date(`${day}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/**
 * Upcoming occurrences across every network and programme, soonest first, filtered and paged
 * in SQL over event_occurrence's index by start (never before now: the listing is what is to come).
 */
export async function listUpcomingEvents(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  input: { query: EventListingQuery; page: { offset: number; limit: number } },
): Promise<Page<ListedOccurrence>> {
  const read = deps.uow.read;
  const now = deps.clock.now();
  const { query } = input;
  const fromDay = validDay(query.from);
  const untilDay = validDay(query.until);
  let networkId: string | undefined;
  if (query.network) {
    const network = await read.events.findPublisherBySlug("network", query.network);
    if (!network) return { items: [], total: 0 };
    networkId = network.id;
  }
  return read.events.listUpcomingOccurrences(
    {
      from: fromDay && fromDay > now ? fromDay : now,
      ...(untilDay ? { until: new Date(untilDay.getTime() + 24 * 60 * 60 * 1000) } : {}),
      ...(query.country ? { country: query.country } : {}),
      ...(query.online ? { online: true } : {}),
      ...(query.topic ? { topic: query.topic } : {}),
      ...(networkId ? { networkId } : {}),
      ...(query.q ? { search: query.q } : {}),
    },
    input.page,
  );
}
