/**
 * A topic library as open data (issue 15, decision 0020 point 8): not published, its files
 * are not found and the open data page does not list it; a facilitator publishes it (after
 * confirming) and anyone gets its non-archived topics in library order, in every language,
 * with the licence; formula-like cells are guarded; someone who does not facilitate the
 * programme cannot publish it.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { archiveTopic } from "../partnerships/archive-topic.ts";
import { listTopics } from "../partnerships/list-topics.ts";
import { addTopics, createTestProgramme } from "../partnerships/topic-test-fixtures.ts";
import type { Actor } from "../result.ts";
import { getOpenTopicLibraryFile, listOpenTopicLibraries } from "./open-topic-libraries.ts";
import { setTopicLibraryOpenData } from "./set-topic-library-open-data.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };
const fran: Actor = { userId: "fran", role: "user" };
const outsider: Actor = { userId: "olga", role: "user" };
let programmeId: string;
let slug: string;

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, "2027-03-01T12:00:00Z");
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    { id: "fran", name: "Fran", email: "fran@example.org", emailVerified: true, role: "user" },
    { id: "olga", name: "Olga", email: "olga@example.org", emailVerified: true, role: "user" },
  ]);
  programmeId = await createTestProgramme(deps, admin);
  await deps.uow.transaction((r) => r.programmes.addFacilitator(programmeId, "fran", null));
  slug = (await deps.uow.read.programmes.findById(programmeId))!.slug;
  const [first, archived] = await addTopics(deps, fran, programmeId, [
    {
      en: { title: "Why libraries?", prompt: "What brought you here?" },
      es: { title: "¿Por qué bibliotecas?", prompt: "¿Qué te trajo aquí?" },
    },
    { en: { title: "Archived one", prompt: "Gone" } },
    { en: { title: '=HYPERLINK("http://x")', prompt: "+1 then -2, @ home" } },
  ]);
  expect(first).toBeDefined();
  await archiveTopic(deps, fran, { programmeId, topicId: archived!, archived: true });
});

afterAll(async () => {
  await database.close();
});

const file = (format: "json" | "csv") =>
  getOpenTopicLibraryFile(deps, { programmeSlug: slug, format });

describe("a topic library as open data", () => {
  it("is not found and not listed until its facilitators publish it", async () => {
    expect(await file("json")).toEqual({ ok: false, error: { code: "not_found" } });
    expect(await file("csv")).toEqual({ ok: false, error: { code: "not_found" } });
    expect(await listOpenTopicLibraries(deps)).toEqual([]);
    const page = await listTopics(deps, fran, {
      programmeId,
      archived: false,
      page: { offset: 0, limit: 10 },
    });
    expect(page.ok && page.value.openData).toBe(false);
  });

  it("cannot be published by someone who does not facilitate the programme", async () => {
    const result = await setTopicLibraryOpenData(deps, outsider, {
      programmeId,
      open: true,
      confirmed: true,
    });
    expect(result).toEqual({ ok: false, error: { code: "not_found" } });
    expect(
      await setTopicLibraryOpenData(deps, null, { programmeId, open: true, confirmed: true }),
    ).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await file("json")).toMatchObject({ ok: false });
  });

  it("needs the facilitator to confirm what becomes public", async () => {
    const result = await setTopicLibraryOpenData(deps, fran, {
      programmeId,
      open: true,
      confirmed: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(await file("json")).toMatchObject({ ok: false });
  });

  it("once published, gives its topics in library order in every language, with the licence", async () => {
    expect(
      await setTopicLibraryOpenData(deps, fran, { programmeId, open: true, confirmed: true }),
    ).toEqual({ ok: true, value: { open: true } });
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "programme.topics-open-data.published"));
    expect(audit.map((a) => [a.actorUserId, a.subjectId])).toEqual([["fran", programmeId]]);

    expect(await listOpenTopicLibraries(deps)).toEqual([
      { slug, name: expect.stringMatching(/^Programme /) as string },
    ]);
    const json = await file("json");
    if (!json.ok) throw new Error("not found");
    expect(json.value.contentType).toContain("application/json");
    const data = JSON.parse(json.value.body) as {
      licence: { id: string; url: string };
      programme: { slug: string };
      topics: { position: number; texts: { language: string; title: string }[] }[];
    };
    expect(data.licence.id).toBe("CC-BY-4.0");
    expect(data.licence.url).toContain("creativecommons.org/licenses/by/4.0");
    expect(data.programme.slug).toBe(slug);
    expect(data.topics.map((t) => t.texts.map((x) => `${x.language}:${x.title}`))).toEqual([
      ["en:Why libraries?", "es:¿Por qué bibliotecas?"],
      ['en:=HYPERLINK("http://x")'],
    ]);
    expect(json.value.body).not.toContain("Archived one");
    expect(json.value.body).not.toMatch(/fran|olga|ada@/i);

    const csv = await file("csv");
    if (!csv.ok) throw new Error("not found");
    const lines = csv.value.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      "programme,topic_number,language,title,prompt_markdown,licence,licence_url",
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(",1,en,Why libraries?,What brought you here?,CC-BY-4.0,https://");
    expect(lines[2]).toContain(",1,es,");
    // A spreadsheet would run these as formulas: the cells are guarded.
    expect(lines[3]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[3]).toContain("'+1 then -2, @ home");
    expect(lines[3]).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
  });

  it("is not found again once withdrawn", async () => {
    expect(
      await setTopicLibraryOpenData(deps, fran, { programmeId, open: false, confirmed: false }),
    ).toEqual({ ok: true, value: { open: false } });
    expect(await file("csv")).toEqual({ ok: false, error: { code: "not_found" } });
    expect(await listOpenTopicLibraries(deps)).toEqual([]);
  });
});
