/**
 * The topic library, a round's schedule and the fortnightly topic emails, on a real database
 * (PGlite, or a server with TEST_DB=postgres) with a clock the test moves.
 */
import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseConnection } from "../../db/connect.ts";
import {
  emailOutbox,
  partnership,
  partnershipMember,
  topicDelivery,
  user,
} from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { createUnitOfWork } from "../../db/unit-of-work.ts";
import type { Actor } from "../result.ts";
import type { PersonSpec } from "../testing/matching-fixtures.ts";
import { archiveTopic } from "./archive-topic.ts";
import { createTopic } from "./create-topic.ts";
import { getTopic } from "./get-topic.ts";
import { getTopicSchedule } from "./get-topic-schedule.ts";
import { listTopics } from "./list-topics.ts";
import { saveTopicSchedule } from "./save-topic-schedule.ts";
import { sendDueTopics } from "./send-due-topics.ts";
import { addTopics, createLiveRound, createTestProgramme } from "./topic-test-fixtures.ts";
import { updateTopic } from "./update-topic.ts";

const onServer = process.env.TEST_DB === "postgres";
const DAY = 86_400_000;
const admin: Actor = { userId: "topics-admin", role: "admin" };
const facilitator: Actor = { userId: "topics-facilitator", role: "user" };
const outsider: Actor = { userId: "topics-outsider", role: "user" };

let database: TestDatabase;
let deps: TestUseCaseDeps;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: admin.userId, name: "Ada", email: "ada@example.org", role: "admin" },
    { id: facilitator.userId, name: "Fenna", email: "fenna@example.org", role: "user" },
    { id: outsider.userId, name: "Otto", email: "otto@example.org", role: "user" },
  ]);
  deps = testUseCaseDeps(database, "2027-01-01T12:00:00Z");
});
afterAll(async () => database.close());

/** A programme that `facilitator` facilitates (the outsider facilitates another one). */
async function programmeOfFacilitator(defaultLanguage: "en" | "es" | "fr" = "en") {
  const programmeId = await createTestProgramme(deps, admin, defaultLanguage);
  await database.uow.transaction((r) =>
    r.programmes.addFacilitator(programmeId, facilitator.userId, admin.userId),
  );
  const elsewhere = await createTestProgramme(deps, admin);
  await database.uow.transaction((r) =>
    r.programmes.addFacilitator(elsewhere, outsider.userId, admin.userId),
  );
  return programmeId;
}

function people(prefix: string, count: number, locale = "en"): PersonSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    email: `${prefix}-${i}@example.org`,
    name: `${prefix} person ${i}`,
    country: i % 2 ? "KE" : "FI",
    locale,
  }));
}

const topicTexts = (n: number) => ({
  en: { title: `Topic ${n}`, prompt: `Talk about **thing ${n}**.\n\n- one\n- two` },
});

async function topicEmails(prefix?: string) {
  return database.db
    .select()
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.kind, "topic"),
        prefix ? like(emailOutbox.toAddress, `${prefix}-%`) : undefined,
      ),
    );
}

describe("the topic library", () => {
  it("keeps topics in the order added, with translations, page by page", async () => {
    const programmeId = await programmeOfFacilitator();
    const created = await createTopic(deps, facilitator, {
      programmeId,
      texts: {
        en: { title: "Getting to know you", prompt: "Tell each other about your library." },
        es: { title: "Conocernos", prompt: "Contaos cómo es vuestra biblioteca." },
        fr: { title: "", prompt: "" },
      },
    });
    expect(created.ok).toBe(true);
    await addTopics(deps, facilitator, programmeId, [1, 2, 3].map(topicTexts));
    const first = await listTopics(deps, facilitator, {
      programmeId,
      archived: false,
      page: { offset: 0, limit: 2 },
    });
    if (!first.ok) throw new Error("not listed");
    expect(first.value.topics.total).toBe(4);
    expect(first.value.counts).toEqual({ active: 4, archived: 0 });
    expect(first.value.topics.items.map((t) => t.texts[0]!.title)).toEqual([
      "Getting to know you",
      "Topic 1",
    ]);
    expect(first.value.topics.items[0]!.texts.map((t) => t.locale)).toEqual(["en", "es"]);
    const second = await listTopics(deps, facilitator, {
      programmeId,
      archived: false,
      page: { offset: 2, limit: 2 },
    });
    expect(second.ok && second.value.topics.items.map((t) => t.texts[0]!.title)).toEqual([
      "Topic 2",
      "Topic 3",
    ]);
  });

  it("refuses a topic without its default-language text, or with half a translation", async () => {
    const programmeId = await programmeOfFacilitator("es");
    const result = await createTopic(deps, facilitator, {
      programmeId,
      texts: { en: { title: "Only English", prompt: "Hello" }, fr: { title: "Titre" } },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          "es.title": { key: "errors.required" },
          "es.prompt": { key: "errors.required" },
          "fr.prompt": { key: "topics:form.errors.translationIncomplete" },
        },
      },
    });
    const listed = await listTopics(deps, facilitator, {
      programmeId,
      archived: false,
      page: { offset: 0, limit: 10 },
    });
    expect(listed.ok && listed.value.topics.total).toBe(0);
  });

  it("edits texts, removes an emptied translation, archives and restores, with audit entries", async () => {
    const programmeId = await programmeOfFacilitator();
    const [topicId] = await addTopics(deps, facilitator, programmeId, [
      { en: { title: "Old", prompt: "Old prompt" }, fr: { title: "Vieux", prompt: "Vieux" } },
    ]);
    const updated = await updateTopic(deps, facilitator, {
      programmeId,
      topicId: topicId!,
      texts: { en: { title: "New", prompt: "New prompt" }, es: { title: "Nuevo", prompt: "P" } },
    });
    expect(updated.ok).toBe(true);
    const read = await getTopic(deps, facilitator, { programmeId, topicId: topicId! });
    expect(read.ok && read.value.topic.texts).toEqual([
      { locale: "en", title: "New", promptMarkdown: "New prompt" },
      { locale: "es", title: "Nuevo", promptMarkdown: "P" },
    ]);
    expect(
      await archiveTopic(deps, facilitator, { programmeId, topicId: topicId!, archived: true }),
    ).toEqual({ ok: true, value: { archived: true } });
    const lists = await listTopics(deps, facilitator, {
      programmeId,
      archived: true,
      page: { offset: 0, limit: 10 },
    });
    expect(lists.ok && lists.value.counts).toEqual({ active: 0, archived: 1 });
    expect(lists.ok && lists.value.topics.items.map((t) => t.id)).toEqual([topicId]);
    await archiveTopic(deps, facilitator, { programmeId, topicId: topicId!, archived: false });
    const audit: unknown = await database.db.execute(
      sql`select action from audit_log where subject_id = ${topicId!} order by created_at, action`,
    );
    expect((audit as { rows: { action: string }[] }).rows.map((r) => r.action).sort()).toEqual([
      "topic.archived",
      "topic.created",
      "topic.restored",
      "topic.updated",
    ]);
  });

  it("answers not_found to outsiders, signed-out people and topics of another programme", async () => {
    const programmeId = await programmeOfFacilitator();
    const [topicId] = await addTopics(deps, facilitator, programmeId, [topicTexts(1)]);
    const otherProgramme = await programmeOfFacilitator();
    const page = { offset: 0, limit: 10 };
    for (const actor of [outsider, null]) {
      expect(await listTopics(deps, actor, { programmeId, archived: false, page })).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
      expect(await getTopic(deps, actor, { programmeId, topicId: topicId! })).toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
      expect(await createTopic(deps, actor, { programmeId, texts: topicTexts(9) })).toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
      expect(
        await updateTopic(deps, actor, { programmeId, topicId: topicId!, texts: topicTexts(9) }),
      ).toMatchObject({ ok: false, error: { code: "not_found" } });
      expect(
        await archiveTopic(deps, actor, { programmeId, topicId: topicId!, archived: true }),
      ).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    // A facilitator of both programmes still cannot reach a topic through the wrong one.
    expect(
      await getTopic(deps, facilitator, { programmeId: otherProgramme, topicId: topicId! }),
    ).toMatchObject({ ok: false, error: { code: "not_found" } });
    const read = await getTopic(deps, facilitator, { programmeId, topicId: topicId! });
    expect(read.ok && read.value.topic.texts[0]!.title).toBe("Topic 1");
  });
});

describe("a round's topic schedule", () => {
  it("shows the default (library order, fortnightly, archived left out) until saved", async () => {
    const programmeId = await programmeOfFacilitator();
    const ids = await addTopics(deps, facilitator, programmeId, [1, 2, 3, 4].map(topicTexts));
    await archiveTopic(deps, facilitator, { programmeId, topicId: ids[1]!, archived: true });
    const startsAt = new Date("2031-03-01T09:00:00Z");
    const { round } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt,
      people: people("default", 2),
    });
    const result = await getTopicSchedule(deps, facilitator, round.id);
    if (!result.ok) throw new Error("no schedule");
    const { schedule, topics } = result.value;
    expect(schedule.saved).toBe(false);
    expect(schedule.weeks).toHaveLength(18); // 120 days
    expect(schedule.weeks.filter((w) => w.topicId).map((w) => [w.week, w.topicId])).toEqual([
      [1, ids[0]],
      [3, ids[2]],
      [5, ids[3]],
    ]);
    expect(schedule.weeks[2]!.startsAt.toISOString()).toBe("2031-03-15T09:00:00.000Z");
    expect(topics.map((t) => t.id)).toEqual([ids[0], ids[2], ids[3]]);

    // The job writes the same default when the round starts: the archived topic is not in it.
    deps.clock.set(new Date(startsAt.getTime() + 1));
    await sendDueTopics(deps);
    expect(
      (await database.uow.read.topics.listSchedule(round.id)).map((e) => [e.week, e.topicId]),
    ).toEqual([
      [1, ids[0]],
      [3, ids[2]],
      [5, ids[3]],
    ]);
    expect((await topicEmails("default")).map((e) => e.subject)).toEqual([
      "Topic for this fortnight: Topic 1",
      "Topic for this fortnight: Topic 1",
    ]);
    deps.clock.set("2027-01-01T12:00:00Z");
  });

  it("saves week by week, refuses archived and foreign topics, and keeps an all-none schedule", async () => {
    const programmeId = await programmeOfFacilitator();
    const ids = await addTopics(deps, facilitator, programmeId, [1, 2, 3].map(topicTexts));
    const foreignProgramme = await programmeOfFacilitator();
    const [foreign] = await addTopics(deps, facilitator, foreignProgramme, [topicTexts(7)]);
    await archiveTopic(deps, facilitator, { programmeId, topicId: ids[2]!, archived: true });
    const { round } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt: new Date("2032-03-01T09:00:00Z"),
      people: people("save", 2),
    });
    expect(
      await saveTopicSchedule(deps, facilitator, {
        roundId: round.id,
        weeks: [
          { week: 1, topicId: ids[2]! },
          { week: 2, topicId: foreign! },
          { week: 19, topicId: ids[0]! },
        ],
      }),
    ).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          "week-1": { key: "topics:schedule.errors.archived" },
          "week-2": { key: "errors.invalidChoice" },
          form: { key: "topics:schedule.errors.noSuchWeek", values: { week: 19 } },
        },
      },
    });
    expect(
      await saveTopicSchedule(deps, facilitator, {
        roundId: round.id,
        weeks: [
          { week: 1, topicId: ids[1]! },
          { week: 2, topicId: ids[0]! },
        ],
      }),
    ).toEqual({ ok: true, value: { changed: 2 } });
    const saved = await getTopicSchedule(deps, facilitator, round.id);
    expect(saved.ok && saved.value.schedule.saved).toBe(true);
    expect(
      saved.ok &&
        saved.value.schedule.weeks.filter((w) => w.topicId).map((w) => [w.week, w.topicId]),
    ).toEqual([
      [1, ids[1]],
      [2, ids[0]],
    ]);

    // Every week "none" is a schedule too: the job must not put the default back.
    expect(
      await saveTopicSchedule(deps, facilitator, {
        roundId: round.id,
        weeks: [
          { week: 1, topicId: null },
          { week: 2, topicId: null },
        ],
      }),
    ).toEqual({ ok: true, value: { changed: 2 } });
    deps.clock.set("2032-03-02T09:00:00Z");
    await sendDueTopics(deps);
    const after = await getTopicSchedule(deps, facilitator, round.id);
    expect(after.ok && after.value.schedule.weeks.every((w) => w.topicId === null)).toBe(true);
    expect(await topicEmails("save")).toEqual([]);
    deps.clock.set("2027-01-01T12:00:00Z");
  });

  it("refuses to change a week already sent, and says which", async () => {
    const programmeId = await programmeOfFacilitator();
    const ids = await addTopics(deps, facilitator, programmeId, [1, 2].map(topicTexts));
    const { round } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt: new Date("2033-04-01T09:00:00Z"),
      people: people("locked", 4),
    });
    deps.clock.set("2033-04-01T10:00:00Z");
    await sendDueTopics(deps);
    const sent = await getTopicSchedule(deps, facilitator, round.id);
    if (!sent.ok) throw new Error("no schedule");
    expect(sent.value.schedule.saved).toBe(true); // the job wrote the default
    expect(sent.value.schedule.weeks[0]).toMatchObject({ week: 1, sentCount: 2, started: true });
    expect(sent.value.schedule.weeks[2]).toMatchObject({ week: 3, sentCount: 0, started: false });

    const refused = await saveTopicSchedule(deps, facilitator, {
      roundId: round.id,
      weeks: [
        { week: 1, topicId: ids[1]! },
        { week: 3, topicId: null },
      ],
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: { "week-1": { key: "topics:schedule.errors.alreadySent" } },
      },
    });
    // Sending the same topic for a sent week is no change; the unsent week changes.
    expect(
      await saveTopicSchedule(deps, facilitator, {
        roundId: round.id,
        weeks: [
          { week: 1, topicId: ids[0]! },
          { week: 3, topicId: null },
          { week: 4, topicId: ids[1]! },
        ],
      }),
    ).toEqual({ ok: true, value: { changed: 2 } });
    deps.clock.set("2033-04-22T10:00:00Z"); // week 4
    // Week 2 is over: giving it a topic now would send it at once, out of turn.
    expect(
      await saveTopicSchedule(deps, facilitator, {
        roundId: round.id,
        weeks: [{ week: 2, topicId: ids[1]! }],
      }),
    ).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: { "week-2": { key: "topics:schedule.errors.weekOver" } },
      },
    });
    const weeks = await getTopicSchedule(deps, facilitator, round.id);
    expect(
      weeks.ok && weeks.value.schedule.weeks.slice(1, 4).map((w) => [w.over, w.started]),
    ).toEqual([
      [true, true],
      [true, true],
      [false, true],
    ]);
    await sendDueTopics(deps);
    const emails = await topicEmails("locked");
    expect(emails.map((e) => e.subject).sort()).toEqual([
      ...Array<string>(4).fill("Topic for this fortnight: Topic 1"),
      ...Array<string>(4).fill("Topic for this fortnight: Topic 2"),
    ]);
    deps.clock.set("2027-01-01T12:00:00Z");
  });

  it("answers not_found to outsiders", async () => {
    const programmeId = await programmeOfFacilitator();
    const [topicId] = await addTopics(deps, facilitator, programmeId, [topicTexts(1)]);
    const { round } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt: new Date("2034-05-01T09:00:00Z"),
      people: people("outsider", 2),
    });
    for (const actor of [outsider, null]) {
      expect(await getTopicSchedule(deps, actor, round.id)).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
      expect(
        await saveTopicSchedule(deps, actor, {
          roundId: round.id,
          weeks: [{ week: 2, topicId: topicId! }],
        }),
      ).toEqual({ ok: false, error: { code: "not_found" } });
    }
    expect(await getTopicSchedule(deps, facilitator, "no-such-round")).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
  });
});

describe("sending the fortnight's topic", () => {
  it("sends each started week once to every current member, in their language where written", async () => {
    const programmeId = await programmeOfFacilitator();
    await addTopics(deps, facilitator, programmeId, [
      {
        en: { title: "Getting to know you", prompt: "Tell each other about **your library**." },
        es: { title: "Conocernos", prompt: "Contaos cómo es **vuestra biblioteca**." },
      },
      { en: { title: "Your community", prompt: "Who comes in?" } },
    ]);
    const startsAt = new Date("2035-06-01T09:00:00Z");
    const specs = [
      { ...people("lang", 1, "es")[0]!, email: "lang-es@example.org", name: "Lucía" },
      { ...people("lang", 1, "fr")[0]!, email: "lang-fr@example.org", name: "Aurélie" },
      { ...people("lang", 1, "en")[0]!, email: "lang-en@example.org", name: "Sam" },
      { ...people("lang", 1, "es")[0]!, email: "lang-es2@example.org", name: "Mateo" },
    ];
    const { round, partnershipIds } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt,
      people: specs,
    });

    deps.clock.set(new Date(startsAt.getTime() - 1)); // not started yet
    expect(await sendDueTopics(deps)).toMatchObject({ deliveries: 0, emails: 0 });
    expect(await topicEmails("lang")).toEqual([]);

    deps.clock.set(new Date(startsAt.getTime() + 60_000));
    expect(await sendDueTopics(deps)).toMatchObject({ deliveries: 2, emails: 4 });
    expect(await sendDueTopics(deps)).toMatchObject({ deliveries: 0, emails: 0 });
    const week1 = await topicEmails("lang");
    const byAddress = new Map(week1.map((e) => [e.toAddress, e]));
    expect(week1).toHaveLength(4);
    expect(byAddress.get("lang-es@example.org")).toMatchObject({
      locale: "es",
      subject: "Tema de esta quincena: Conocernos",
    });
    // No French text: the programme's default language (English), not a half-French email.
    expect(byAddress.get("lang-fr@example.org")).toMatchObject({
      locale: "en",
      subject: "Topic for this fortnight: Getting to know you",
    });
    const lucia = byAddress.get("lang-es@example.org")!;
    expect(lucia.bodyText).toContain("Aurélie"); // her partner
    expect(lucia.bodyText).toContain("Contaos cómo es vuestra biblioteca.");
    expect(lucia.bodyText).not.toContain("**");
    expect(lucia.bodyText).toContain(`http://test.localhost/partnerships/${partnershipIds[0]}`);
    expect(lucia.bodyHtml).toContain(
      `href="http://test.localhost/partnerships/${partnershipIds[0]}"`,
    );
    expect(lucia.unsubscribeUrl).toMatch(/^http:\/\/test\.localhost\/unsubscribe\//);
    const [entry] = (await database.uow.read.topics.listSchedule(round.id)).filter(
      (e) => e.week === 1,
    );
    expect(lucia.dedupeKey).toBe(
      `topic:${partnershipIds[0]}:${entry!.id}:${
        (
          await database.db
            .select({ id: partnershipMember.applicationId })
            .from(partnershipMember)
            .innerJoin(sql`application`, sql`application.id = ${partnershipMember.applicationId}`)
            .where(sql`application.email = 'lang-es@example.org'`)
        )[0]!.id
      }`,
    );

    // Week 2: nothing new. Week 3: the second topic, English for everyone (no translation).
    deps.clock.advanceDays(7);
    expect(await sendDueTopics(deps)).toMatchObject({ deliveries: 0 });
    deps.clock.advanceDays(7);
    expect(await sendDueTopics(deps)).toMatchObject({ deliveries: 2, emails: 4 });
    const all = await topicEmails("lang");
    expect(
      all.filter((e) => e.subject === "Topic for this fortnight: Your community"),
    ).toHaveLength(4);
    deps.clock.set("2027-01-01T12:00:00Z");
  });

  it("uses the programme's default language when the member's is not written", async () => {
    const programmeId = await programmeOfFacilitator("es");
    await addTopics(deps, facilitator, programmeId, [
      { es: { title: "Un día de trabajo", prompt: "¿Cómo es un día?" } },
    ]);
    const startsAt = new Date("2036-06-10T09:00:00Z");
    await createLiveRound(deps, admin, {
      programmeId,
      startsAt,
      people: people("fallback", 2, "fr"),
    });
    deps.clock.set(new Date(startsAt.getTime() + 1));
    await sendDueTopics(deps);
    const emails = await topicEmails("fallback");
    expect(emails.map((e) => [e.locale, e.subject])).toEqual([
      ["es", "Tema de esta quincena: Un día de trabajo"],
      ["es", "Tema de esta quincena: Un día de trabajo"],
    ]);
    deps.clock.set("2027-01-01T12:00:00Z");
  });

  it("leaves out dissolved partnerships and members who left; a late pair gets only the current topic", async () => {
    const programmeId = await programmeOfFacilitator();
    await addTopics(deps, facilitator, programmeId, [1, 2, 3].map(topicTexts));
    const startsAt = new Date("2037-07-01T09:00:00Z");
    const { round, applications, partnershipIds } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt,
      people: people("life", 6),
    });
    // Partnership 0 dissolved (both left it); in partnership 1 one member left.
    await database.db
      .update(partnership)
      .set({ status: "dissolved", closedAt: startsAt })
      .where(eq(partnership.id, partnershipIds[0]!));
    await database.db
      .update(partnershipMember)
      .set({ leftAt: startsAt })
      .where(eq(partnershipMember.partnershipId, partnershipIds[0]!));
    await database.db
      .update(partnershipMember)
      .set({ leftAt: startsAt })
      .where(eq(partnershipMember.applicationId, applications[3]!.id));
    deps.clock.set(new Date(startsAt.getTime() + 1));
    await sendDueTopics(deps);
    expect((await topicEmails("life")).map((e) => e.toAddress).sort()).toEqual([
      "life-2@example.org",
      "life-4@example.org",
      "life-5@example.org",
    ]);

    // Week 4: the two who lost their partners are re-matched together. Week 3's topic is the
    // current one; week 1's was a fortnight ago and is not sent to them.
    deps.clock.set(new Date(startsAt.getTime() + 21 * DAY + 1));
    await database.db
      .update(partnershipMember)
      .set({ leftAt: deps.clock.now() })
      .where(eq(partnershipMember.applicationId, applications[2]!.id));
    const late = await addLateMembers(round, [applications[0]!.id, applications[2]!.id]);
    await sendDueTopics(deps);
    const lateEmails = (await topicEmails("life")).filter((e) => e.dedupeKey.includes(late));
    expect(lateEmails.map((e) => [e.toAddress, e.subject]).sort()).toEqual([
      ["life-0@example.org", "Topic for this fortnight: Topic 2"],
      ["life-2@example.org", "Topic for this fortnight: Topic 2"],
    ]);
    deps.clock.set("2027-01-01T12:00:00Z");
  });
});

describe("stopping topic emails", () => {
  it("skips a member who stopped topic emails; the partnership still counts as sent", async () => {
    const programmeId = await programmeOfFacilitator();
    await addTopics(deps, facilitator, programmeId, [topicTexts(1)]);
    const startsAt = new Date("2041-02-01T09:00:00Z");
    const { round } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt,
      people: people("optout", 2),
    });
    await database.uow.transaction((r) =>
      r.emailOptOuts.optOut("optout-0@example.org", "topics", deps.clock.now()),
    );
    deps.clock.set(new Date(startsAt.getTime() + 1));
    expect(await sendDueTopics(deps)).toMatchObject({ deliveries: 1, emails: 1 });
    expect((await topicEmails("optout")).map((e) => e.toAddress)).toEqual(["optout-1@example.org"]);
    expect((await database.uow.read.topics.listSchedule(round.id))[0]!.sentCount).toBe(1);
    deps.clock.set("2027-01-01T12:00:00Z");
  });
});

/** A re-match after publishing: a new active pair of two applications, formed now. */
async function addLateMembers(
  round: { id: string },
  applicationIds: [string, string],
): Promise<string> {
  const id = deps.ids.newId();
  await database.db.insert(partnership).values({
    id,
    roundId: round.id,
    runId: null,
    kind: "pair",
    score: 40,
    links: [],
    status: "active",
    createdAt: deps.clock.now(),
  });
  await database.db
    .insert(partnershipMember)
    .values(
      applicationIds.map((applicationId) => ({ partnershipId: id, applicationId, role: "peer" })),
    );
  return id;
}

describe("exactly once, with two instances and a restart", () => {
  it("sends each partnership its topic once when two runs race on two connections", async () => {
    const programmeId = await programmeOfFacilitator();
    await addTopics(deps, facilitator, programmeId, [1, 2].map(topicTexts));
    const startsAt = new Date("2038-08-01T09:00:00Z");
    const { round, partnershipIds } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt,
      people: people("race", 240),
    });
    // On a server the second instance is a second pool, as another process would have;
    // PGlite has one connection, so there both runs share it.
    const second: DatabaseConnection | undefined = onServer
      ? await connectDatabase({ databaseUrl: database.databaseUrl })
      : undefined;
    try {
      const at = new Date(startsAt.getTime() + 15 * DAY); // week 3: both topics due
      const instance = (uow = database.uow) => ({
        ...testUseCaseDeps({ ...database, uow }, at),
      });
      const a = instance();
      const b = instance(second ? createUnitOfWork(second.db, second.boss) : database.uow);
      // Small batches, so the two runs overlap on many of them.
      const [ra, rb] = await Promise.all([
        sendDueTopics(a, { batchSize: 17 }),
        sendDueTopics(b, { batchSize: 17 }),
      ]);
      expect(ra.deliveries + rb.deliveries).toBe(2 * 120);
      expect(ra.emails + rb.emails).toBe(2 * 240);
      console.info(
        `topic race on ${onServer ? "postgres" : "pglite"}: deliveries ${ra.deliveries}/${rb.deliveries}`,
      );

      // "Restart": a new instance (a new pool on a server) runs again and sends nothing.
      await second?.close();
      const restarted = onServer
        ? await connectDatabase({ databaseUrl: database.databaseUrl })
        : undefined;
      try {
        const again = await sendDueTopics(
          testUseCaseDeps(
            {
              ...database,
              uow: restarted ? createUnitOfWork(restarted.db, restarted.boss) : database.uow,
            },
            at,
          ),
        );
        expect(again).toMatchObject({ deliveries: 0, emails: 0 });
      } finally {
        await restarted?.close();
      }

      const emails = await topicEmails("race");
      expect(emails).toHaveLength(2 * 240);
      expect(new Set(emails.map((e) => e.dedupeKey)).size).toBe(2 * 240);
      const schedule = await database.uow.read.topics.listSchedule(round.id);
      expect(schedule.map((e) => [e.week, e.sentCount])).toEqual([
        [1, 120],
        [3, 120],
      ]);
      const deliveries = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(topicDelivery)
        .where(
          sql`${topicDelivery.partnershipId} in (${sql.join(
            partnershipIds.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        );
      expect(deliveries[0]!.n).toBe(240);
    } finally {
      if (second) await second.close().catch(() => {});
    }
  });

  it("a run meeting another's uncommitted batch waits for it, then sends none of it again", async () => {
    const programmeId = await programmeOfFacilitator();
    await addTopics(deps, facilitator, programmeId, [topicTexts(1)]);
    const startsAt = new Date("2040-09-01T09:00:00Z");
    await createLiveRound(deps, admin, { programmeId, startsAt, people: people("overlap", 40) });
    const at = new Date(startsAt.getTime() + 1);
    const second: DatabaseConnection | undefined = onServer
      ? await connectDatabase({ databaseUrl: database.databaseUrl })
      : undefined;
    try {
      const b = testUseCaseDeps(
        { ...database, uow: second ? createUnitOfWork(second.db, second.boss) : database.uow },
        at,
      );
      // Run A holds its first batch open (deliveries written, not committed) while run B
      // starts: B lists the same partnerships as still waiting and must not send them too.
      let runB: Promise<{ deliveries: number; emails: number }> | undefined;
      let batches = 0;
      const a = {
        ...testUseCaseDeps(database, at),
        uow: {
          read: database.uow.read,
          transaction: <T>(work: Parameters<typeof database.uow.transaction<T>>[0]) =>
            database.uow.transaction(async (repositories) => {
              const result = await work(repositories);
              if (++batches === 2) {
                // The first transaction wrote the default schedule; this is the first batch.
                runB = sendDueTopics(b, { batchSize: 10 });
                await new Promise((resolve) => setTimeout(resolve, 400));
              }
              return result;
            }),
        },
      };
      const ra = await sendDueTopics(a, { batchSize: 10 });
      const rb = await runB!;
      expect(ra.deliveries + rb.deliveries).toBe(20);
      expect(ra.emails + rb.emails).toBe(40);
      const emails = await topicEmails("overlap");
      expect(emails).toHaveLength(40);
      expect(new Set(emails.map((e) => e.toAddress)).size).toBe(40);
    } finally {
      await second?.close();
    }
  });

  it("rolls a failed batch back whole: the next run sends it, nothing twice", async () => {
    const programmeId = await programmeOfFacilitator();
    await addTopics(deps, facilitator, programmeId, [topicTexts(1)]);
    const startsAt = new Date("2039-09-01T09:00:00Z");
    await createLiveRound(deps, admin, { programmeId, startsAt, people: people("crash", 20) });
    const at = new Date(startsAt.getTime() + 1);
    let rendered = 0;
    const crashing = {
      ...testUseCaseDeps(database, at),
      renderEmail: ((message, locale, options) => {
        if (++rendered === 7) throw new Error("the process died here");
        return deps.renderEmail(message, locale, options);
      }) as TestUseCaseDeps["renderEmail"],
    };
    await expect(sendDueTopics(crashing, { batchSize: 4 })).rejects.toThrow("died here");
    // The first batch (4 pairs, 8 emails) had not committed when rendering failed at the 7th.
    expect(await topicEmails("crash")).toHaveLength(0);
    expect(await sendDueTopics(testUseCaseDeps(database, at), { batchSize: 4 })).toMatchObject({
      deliveries: 10,
      emails: 20,
    });
    expect(await topicEmails("crash")).toHaveLength(20);
  });
});
