import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { instantToLocalDateTime } from "../../domain/vocabulary/time-zones.ts";
import type { Actor } from "../result.ts";
import { cancelEvent } from "./cancel-event.ts";
import { cancelEventRegistration } from "./cancel-event-registration.ts";
import { editEvent } from "./edit-event.ts";
import { addMembers, addNetwork, eventForm } from "../../db/event-test-fixtures.ts";
import { getEventCalendar } from "./get-event-calendar.ts";
import { getEventPage } from "./get-event-page.ts";
import { getEventPublisher } from "./get-event-for-organiser.ts";
import { getPublisherCalendar } from "./get-publisher-calendar.ts";
import { listEventRegistrations } from "./list-event-registrations.ts";
import { listPublisherEvents } from "./list-publisher-events.ts";
import { listUpcomingEvents } from "./list-upcoming-events.ts";
import {
  createMyCalendarFeed,
  getPersonalCalendar,
  revokeMyCalendarFeed,
} from "./personal-calendar.ts";
import { publishEvent } from "./publish-event.ts";
import { registerForEvent } from "./register-for-event.ts";
import { remindEventRegistrants } from "./remind-event-registrants.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
let organiser: Actor;
let outsider: Actor;
let members: Actor[];
const NOW = "2027-02-01T12:00:00Z";
const PAGE = { offset: 0, limit: 25 };

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, NOW);
  const staff = await addMembers(database.db, "staff", 2);
  organiser = staff[0]!;
  outsider = staff[1]!;
  members = await addMembers(database.db, "member", 8);
  await addNetwork(database.db, "school-librarians", organiser!);
  await addNetwork(database.db, "not-yet", organiser!, "proposed");
});
afterAll(() => database.close());

async function publish(values: Parameters<typeof eventForm>[0] = {}, actor = organiser) {
  const result = await publishEvent(deps, actor, {
    publisher: { network: "school-librarians" },
    values: eventForm(values),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function emailsTo(actor: Actor) {
  const { items } = await database.uow.read.outbox.list(
    { offset: 0, limit: 100 },
    `${actor.userId}@example.org`,
  );
  return items;
}

describe("publishing", () => {
  it("is for the network's organisers only; anyone else, or a network not approved, finds nothing", async () => {
    for (const [actor, publisher] of [
      [outsider, { network: "school-librarians" }],
      [null, { network: "school-librarians" }],
      [organiser, { network: "not-yet" }],
      [organiser, { network: "no-such-network" }],
    ] as const) {
      expect(await getEventPublisher(deps, actor, publisher)).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
      const published = await publishEvent(deps, actor, { publisher, values: eventForm() });
      expect(published).toEqual({ ok: false, error: { code: "not_found" } });
    }
    const event = await publish({ title: "Only organisers" });
    const registrations = await listEventRegistrations(deps, outsider, {
      slug: event.slug,
      registered: PAGE,
      waitlisted: PAGE,
    });
    expect(registrations).toEqual({ ok: false, error: { code: "not_found" } });
    expect(await cancelEvent(deps, outsider, { slug: event.slug })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("stores a weekly London event at 18:00 local on each side of the October clock change", async () => {
    const event = await publish({
      startsAtLocal: "2027-10-20T18:00",
      repeat: "weekly",
      occurrences: "3",
    });
    const occurrences = await database.uow.read.events.listOccurrences(event.id);
    expect(occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      "2027-10-20T17:00:00.000Z",
      "2027-10-27T17:00:00.000Z",
      "2027-11-03T18:00:00.000Z",
    ]);
    expect(
      occurrences.map((o) => instantToLocalDateTime(o.startsAt, "Europe/London").slice(11)),
    ).toEqual(["18:00", "18:00", "18:00"]);
    // Editing expands again and raises the SEQUENCE calendar apps go by.
    const edited = await editEvent(deps, organiser, {
      slug: event.slug,
      values: eventForm({ startsAtLocal: "2027-10-20T19:00", repeat: "weekly", occurrences: "2" }),
    });
    if (!edited.ok) throw new Error(JSON.stringify(edited.error));
    expect(edited.value.sequence).toBe(1);
    const again = await database.uow.read.events.listOccurrences(event.id);
    expect(again.map((o) => o.startsAt.toISOString())).toEqual([
      "2027-10-20T18:00:00.000Z",
      "2027-10-27T18:00:00.000Z",
    ]);
  });
});

describe("registering with a waitlist", () => {
  it("fills the places, then waitlists in order, and a cancellation moves the first up exactly once", async () => {
    const event = await publish({ title: "Small room", capacity: "2" });
    const [a, b, c, d] = members as [Actor, Actor, Actor, Actor];
    expect(await registerForEvent(deps, a, { slug: event.slug })).toEqual({
      ok: true,
      value: { status: "registered" },
    });
    deps.clock.set("2027-02-01T12:01:00Z");
    await registerForEvent(deps, b, { slug: event.slug });
    deps.clock.set("2027-02-01T12:02:00Z");
    expect(await registerForEvent(deps, c, { slug: event.slug })).toEqual({
      ok: true,
      value: { status: "waitlisted", position: 1 },
    });
    deps.clock.set("2027-02-01T12:03:00Z");
    expect(await registerForEvent(deps, d, { slug: event.slug })).toEqual({
      ok: true,
      value: { status: "waitlisted", position: 2 },
    });
    // Only the registered see the online link.
    const pageOfC = await getEventPage(deps, c, { slug: event.slug });
    expect(pageOfC.ok && pageOfC.value.event.onlineUrl).toBe("");
    expect(pageOfC.ok && pageOfC.value.mine).toEqual({ status: "waitlisted", position: 1 });
    const pageOfA = await getEventPage(deps, a, { slug: event.slug });
    expect(pageOfA.ok && pageOfA.value.event.onlineUrl).toBe("https://meet.example.org/reading");

    deps.clock.set("2027-02-02T09:00:00Z");
    expect(await cancelEventRegistration(deps, a, { slug: event.slug })).toEqual({
      ok: true,
      value: { cancelled: true, promoted: 1 },
    });
    // The same cancellation again moves nobody else up.
    expect(await cancelEventRegistration(deps, a, { slug: event.slug })).toEqual({
      ok: true,
      value: { cancelled: false, promoted: 0 },
    });
    const after = await getEventPage(deps, c, { slug: event.slug });
    expect(after.ok && after.value.mine).toEqual({ status: "registered" });
    expect(after.ok && after.value.counts).toEqual({ registered: 2, waitlisted: 1 });
    const pageOfD = await getEventPage(deps, d, { slug: event.slug });
    expect(pageOfD.ok && pageOfD.value.mine).toEqual({ status: "waitlisted", position: 1 });
    const toC = await emailsTo(c);
    expect(toC.filter((e) => e.kind === "event-promoted")).toHaveLength(1);
    expect(toC.find((e) => e.kind === "event-promoted")?.bodyText).toContain(
      "https://meet.example.org/reading",
    );
    const registrations = await listEventRegistrations(deps, organiser, {
      slug: event.slug,
      registered: PAGE,
      waitlisted: PAGE,
    });
    expect(registrations.ok && registrations.value.waitlisted.items.map((r) => r.userId)).toEqual([
      d.userId,
    ]);
  });

  it("moves up exactly one waiting person per place when two cancel at the same moment", async () => {
    const event = await publish({ title: "Race", capacity: "2" });
    const people = await addMembers(database.db, "race", 5);
    for (const [i, person] of people.entries()) {
      deps.clock.set(new Date(Date.parse("2027-02-03T10:00:00Z") + i * 1000));
      await registerForEvent(deps, person, { slug: event.slug });
    }
    deps.clock.set("2027-02-04T10:00:00Z");
    const results = await Promise.all([
      cancelEventRegistration(deps, people[0]!, { slug: event.slug }),
      cancelEventRegistration(deps, people[1]!, { slug: event.slug }),
      cancelEventRegistration(deps, people[0]!, { slug: event.slug }),
    ]);
    expect(results.map((r) => r.ok && r.value.promoted).sort()).toEqual([0, 1, 1]);
    const counts = await database.uow.read.events.countRegistrations(event.id);
    expect(counts).toEqual({ registered: 2, waitlisted: 1 });
    const registered = await database.uow.read.events.listRegistrants(event.id, "registered", PAGE);
    expect(registered.items.map((r) => r.userId).sort()).toEqual([
      people[2]!.userId,
      people[3]!.userId,
    ]);
    for (const person of [people[2]!, people[3]!])
      expect((await emailsTo(person)).filter((e) => e.kind === "event-promoted")).toHaveLength(1);
  });

  it("gives the last place to one of two people registering at the same moment", async () => {
    const event = await publish({ title: "Last place", capacity: "1" });
    const people = await addMembers(database.db, "last", 2);
    const results = await Promise.all(
      people.map((p) => registerForEvent(deps, p, { slug: event.slug })),
    );
    expect(results.map((r) => r.ok && r.value.status).sort()).toEqual(["registered", "waitlisted"]);
  });

  it("confirms a registration by email with the event's details and its calendar link", async () => {
    const event = await publish({ title: "Confirmed", capacity: "" });
    const person = (await addMembers(database.db, "confirm", 1))[0]!;
    await registerForEvent(deps, person, { slug: event.slug });
    const [email] = await emailsTo(person);
    expect(email?.kind).toBe("event-registration");
    expect(email?.bodyText).toContain(`/events/${event.slug}/calendar.ics`);
  });
});

describe("the day-before reminder", () => {
  it("goes once per registered member and occurrence, however often the job runs", async () => {
    const event = await publish({
      title: "Reminded",
      startsAtLocal: "2027-05-10T18:00",
      repeat: "weekly",
      occurrences: "2",
    });
    const people = await addMembers(database.db, "remind", 2);
    await registerForEvent(deps, people[0]!, { slug: event.slug });
    deps.clock.set("2027-05-09T18:30:00Z");
    expect(await remindEventRegistrants(deps)).toEqual({ emails: 1 });
    expect(await remindEventRegistrants(deps)).toEqual({ emails: 0 });
    deps.clock.set("2027-05-16T18:30:00Z");
    expect(await remindEventRegistrants(deps)).toEqual({ emails: 1 });
    const reminders = (await emailsTo(people[0]!)).filter((e) => e.kind === "event-reminder");
    expect(reminders).toHaveLength(2);
    expect(reminders[0]?.unsubscribeUrl).toMatch(/\/unsubscribe\//);
    expect(await emailsTo(people[1]!)).toHaveLength(0);
    deps.clock.set(NOW);
  });
});

describe("calendar feeds", () => {
  it("gives a network's events with stable UIDs, their SEQUENCE, and a cancelled event as CANCELLED", async () => {
    const event = await publish({
      title: "Feed, with a comma",
      repeat: "weekly",
      occurrences: "2",
    });
    await cancelEvent(deps, organiser, { slug: event.slug });
    const feed = await getPublisherCalendar(deps, { kind: "network", slug: "school-librarians" });
    if (!feed.ok) throw new Error("no feed");
    const calendar = new ICAL.Component(ICAL.parse(feed.value.ics) as unknown[]);
    const vevents = calendar
      .getAllSubcomponents("vevent")
      .filter((v) => v.getFirstPropertyValue("summary") === "Feed, with a comma");
    expect(vevents.map((v) => v.getFirstPropertyValue("uid"))).toEqual([
      `event-${event.id}-0@test.localhost`,
      `event-${event.id}-1@test.localhost`,
    ]);
    expect(vevents.map((v) => v.getFirstPropertyValue("status"))).toEqual([
      "CANCELLED",
      "CANCELLED",
    ]);
    expect(vevents.map((v) => v.getFirstPropertyValue("sequence"))).toEqual([1, 1]);
    // The public feed never carries the online link.
    expect(feed.value.ics).not.toContain("meet.example.org");
    expect(await getPublisherCalendar(deps, { kind: "network", slug: "not-yet" })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("gives a member their registrations at a personal address, which stops working once revoked", async () => {
    const event = await publish({ title: "Mine" });
    const person = (await addMembers(database.db, "feed", 1))[0]!;
    await registerForEvent(deps, person, { slug: event.slug });
    const { url } = await createMyCalendarFeed(deps, person);
    const token = url
      .split("/")
      .at(-1)!
      .replace(/\.ics$/, "");
    const feed = await getPersonalCalendar(deps, { token });
    if (!feed.ok) throw new Error("no feed");
    const vevent = new ICAL.Component(ICAL.parse(feed.value.ics) as unknown[]).getFirstSubcomponent(
      "vevent",
    );
    expect(vevent?.getFirstPropertyValue("summary")).toBe("Mine");
    expect(feed.value.ics).toContain("meet.example.org");
    await revokeMyCalendarFeed(deps, person);
    expect(await getPersonalCalendar(deps, { token })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    const { url: second } = await createMyCalendarFeed(deps, person);
    expect(second).not.toBe(url);
  });

  it("gives one event's .ics to anyone, the online link only to those registered", async () => {
    const event = await publish({ title: "Download" });
    const anyone = await getEventCalendar(deps, null, { slug: event.slug });
    expect(anyone.ok && anyone.value.ics).not.toContain("meet.example.org");
    const vevent = new ICAL.Component(
      ICAL.parse(anyone.ok ? anyone.value.ics : "") as unknown[],
    ).getFirstSubcomponent("vevent");
    expect(vevent?.getFirstPropertyValue("uid")).toBe(`event-${event.id}-0@test.localhost`);
  });
});

describe("the listing and a publisher's section", () => {
  it("follows an event's changes in its filters, and drops it once cancelled", async () => {
    const lyon = {
      title: "Lyon weekly",
      onlineUrl: "",
      venue: "Médiathèque",
      city: "Lyon",
      country: "FR",
      repeat: "weekly" as const,
      occurrences: "3",
      topics: ["exhibitions"],
    };
    const event = await publish(lyon);
    const titles = async (query: Parameters<typeof listUpcomingEvents>[1]["query"]) => {
      const listed = await listUpcomingEvents(deps, { query, page: PAGE });
      return { total: listed.total, titles: listed.items.map((i) => i.event.title) };
    };
    expect(await titles({ country: "FR" })).toEqual({
      total: 3,
      titles: Array(3).fill("Lyon weekly"),
    });
    expect((await titles({ topic: "exhibitions" })).total).toBe(3);
    const edited = await editEvent(deps, organiser, {
      slug: event.slug,
      values: eventForm({ ...lyon, country: "BE", city: "Liège", topics: ["digital-literacy"] }),
    });
    expect(edited.ok).toBe(true);
    expect((await titles({ country: "FR" })).total).toBe(0);
    expect((await titles({ topic: "exhibitions" })).total).toBe(0);
    expect(await titles({ country: "BE", topic: "digital-literacy" })).toEqual({
      total: 3,
      titles: Array(3).fill("Lyon weekly"),
    });
    // Past the last page: no rows, and still the total.
    const beyond = await listUpcomingEvents(deps, {
      query: { country: "BE" },
      page: { offset: 25, limit: 25 },
    });
    expect(beyond).toEqual({ items: [], total: 3 });
    expect((await cancelEvent(deps, organiser, { slug: event.slug })).ok).toBe(true);
    expect(await titles({ country: "BE" })).toEqual({ total: 0, titles: [] });
    expect(await titles({ topic: "digital-literacy" })).toEqual({ total: 0, titles: [] });
    expect((await titles({})).titles).not.toContain("Lyon weekly");
  });

  it("lists upcoming occurrences soonest first, filtered by place, online, topic, network and words", async () => {
    await publish({
      title: "Athens meetup",
      onlineUrl: "",
      venue: "Library",
      city: "Athens",
      country: "GR",
      startsAtLocal: "2027-03-01T10:00",
      timeZone: "Europe/Athens",
      topics: ["advocacy"],
    });
    const all = await listUpcomingEvents(deps, { query: {}, page: PAGE });
    expect(all.total).toBeGreaterThan(3);
    const starts = all.items.map((i) => i.startsAt.getTime());
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
    const greek = await listUpcomingEvents(deps, { query: { country: "GR" }, page: PAGE });
    expect(greek.items.map((i) => i.event.title)).toEqual(["Athens meetup"]);
    expect(
      (await listUpcomingEvents(deps, { query: { topic: "advocacy" }, page: PAGE })).total,
    ).toBe(1);
    expect((await listUpcomingEvents(deps, { query: { q: "athens" }, page: PAGE })).total).toBe(1);
    const online = await listUpcomingEvents(deps, { query: { online: "1" }, page: PAGE });
    expect(online.items.every((i) => i.event.online)).toBe(true);
    const march = await listUpcomingEvents(deps, {
      query: { from: "2027-03-01", until: "2027-03-01" },
      page: PAGE,
    });
    expect(march.items.map((i) => i.event.title)).toContain("Athens meetup");
    expect(march.items.every((i) => i.startsAt.toISOString().startsWith("2027-03-01"))).toBe(true);
    expect((await listUpcomingEvents(deps, { query: { network: "nope" }, page: PAGE })).total).toBe(
      0,
    );
    const section = await listPublisherEvents(
      deps,
      null,
      { networkId: "network-school-librarians" },
      PAGE,
    );
    expect(section.canPublish).toBe(false);
    expect(section.items.some((e) => e.title === "Athens meetup")).toBe(true);
    expect(section.items.every((e) => e.onlineUrl === "")).toBe(true);
    const forOrganiser = await listPublisherEvents(
      deps,
      organiser,
      { networkId: "network-school-librarians" },
      PAGE,
    );
    expect(forOrganiser.canPublish).toBe(true);
  });
});
