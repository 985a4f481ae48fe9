/**
 * Test fixtures of the events feature: members with verified accounts, an approved network
 * with an organiser (written directly: the networks feature's own use cases are not needed to
 * test events), and an event form to change field by field.
 */
import type { EventFormValues } from "../domain/events/event-input.ts";
import type { Database } from "./database.ts";
import { network, networkOrganiser, user } from "./schema/index.ts";
import type { Actor } from "../use-cases/result.ts";

export async function addMembers(db: Database, prefix: string, count: number): Promise<Actor[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    name: `Member ${prefix} ${i}`,
    email: `${prefix}-${i}@example.org`,
    emailVerified: true,
  }));
  await db.insert(user).values(rows);
  return rows.map((r) => ({ userId: r.id, role: "user" }));
}

export async function addNetwork(
  db: Database,
  slug: string,
  organiser: Actor,
  status: "approved" | "proposed" = "approved",
): Promise<string> {
  const id = `network-${slug}`;
  await db.insert(network).values({ id, slug, name: `Network ${slug}`, kind: "national", status });
  await db.insert(networkOrganiser).values({ networkId: id, userId: organiser.userId });
  return id;
}

export function eventForm(values: Partial<EventFormValues> = {}): EventFormValues {
  return {
    kind: "event",
    title: "Reading for pleasure",
    description: "An evening of *practice*.",
    onlineUrl: "https://meet.example.org/reading",
    venue: "",
    city: "",
    country: "",
    timeZone: "Europe/London",
    startsAtLocal: "2027-03-10T18:00",
    durationMinutes: "60",
    capacity: "",
    repeat: "none",
    occurrences: "1",
    courseWeeks: "",
    unitTitles: [],
    topics: ["school-libraries"],
    language: "en",
    ...values,
  };
}
