/**
 * The demo's co-written guide (issue 15): five participants of the finished Founding round
 * wrote "Working across borders" in the weeks after it ended, a chapter or two each, with a
 * history a reader can open: several saves per chapter, two people saving the same chapter
 * at once (the second merged), one version restored, then the facilitator published it
 * under CC BY 4.0. Written through the use cases on a simulated clock. The authors get
 * verified accounts (password DEMO_MEMBER_PASSWORD) with the address they applied with.
 */
import type { Auth } from "../auth/create-auth.ts";
import type { Actor } from "../use-cases/result.ts";
import { type AllUseCaseDeps, createUseCases } from "../use-cases/use-cases.ts";
import { DEMO_MEMBER_PASSWORD } from "./demo-network-members.ts";
import { DEMO_GUIDE, type DemoChapter } from "./demo-guide-texts.ts";

const DAY_MS = 86_400_000;

type Services = AllUseCaseDeps & { auth: Auth };

function check<T>(result: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T {
  if (!result.ok) throw new Error(`demo guide (${what}): ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function loadGuideDemo(
  services: Services,
  input: { roundId: string; facilitator: Actor },
): Promise<void> {
  const round = await services.uow.read.rounds.findById(input.roundId);
  if (!round) throw new Error("demo guide: the finished round is missing");
  // Five people from the round's first partnerships that went the whole way.
  const rows = await services.uow.read.partnerships.listForRound(
    round.id,
    { search: "", country: "", sector: "", status: "ended" },
    { offset: 0, limit: 3 },
  );
  const people = rows.items.flatMap((p) => p.members).slice(0, 5);
  if (people.length < 5) throw new Error("demo guide: too few participants");
  const authors: Actor[] = [];
  for (const person of people) authors.push(await createAuthor(services, person));

  let current = new Date(round.endsAt.getTime() - 20 * DAY_MS);
  const useCases = createUseCases({ ...services, clock: { now: () => new Date(current) } });
  const later = (hours: number) => void (current = new Date(current.getTime() + hours * 3_600_000));
  const { slug } = check(
    await useCases.startGuide(input.facilitator, {
      roundId: round.id,
      values: { title: DEMO_GUIDE.title, summary: DEMO_GUIDE.summary },
    }),
    "start",
  );
  const chapterIds: string[] = [];
  for (const chapter of DEMO_GUIDE.chapters)
    chapterIds.push(
      check(await useCases.addChapter(input.facilitator, { slug, title: chapter.title }), "add")
        .chapterId,
    );
  const save = async (i: number, author: number, base: number, body: string, merge = false) => {
    later(5);
    const outcome = check(
      await useCases.saveChapter(authors[author]!, {
        slug,
        chapterId: chapterIds[i]!,
        baseVersion: base,
        values: { title: DEMO_GUIDE.chapters[i]!.title, body },
        merge,
      }),
      "save",
    );
    return outcome;
  };
  for (const [i, chapter] of DEMO_GUIDE.chapters.entries()) await writeChapter(i, chapter);

  async function writeChapter(i: number, chapter: DemoChapter) {
    const first = i % authors.length;
    const second = (i + 1) % authors.length;
    await save(i, first, 0, chapter.draft);
    if (chapter.concurrent) {
      // Two people save from version 1 at once: the second sees both texts and merges.
      await save(i, second, 1, chapter.concurrent.first);
      const clash = await save(i, first, 1, chapter.concurrent.second);
      if (clash.status !== "conflict") throw new Error("demo guide: expected a conflict");
      await save(i, first, clash.current.version, chapter.final, true);
      return;
    }
    if (chapter.replaced) {
      // Someone rewrote it; the next day the group brought the better version back.
      await save(i, second, 1, chapter.final);
      await save(i, first, 2, chapter.replaced);
      later(24);
      check(
        await useCases.restoreChapterVersion(authors[second]!, {
          slug,
          chapterId: chapterIds[i]!,
          version: 2,
        }),
        "restore",
      );
      return;
    }
    await save(i, second, 1, chapter.final);
  }

  // The facilitator reviewed it and published it ten days after the round's end.
  current = new Date(round.endsAt.getTime() + 10 * DAY_MS);
  check(await useCases.publishGuide(input.facilitator, { slug, confirmed: true }), "publish");
}

async function createAuthor(
  services: Services,
  person: { name: string; email: string },
): Promise<Actor> {
  const found = await services.uow.read.users.findByEmail(person.email);
  if (found) return { userId: found.id, role: "user" };
  const ctx = await services.auth.$context;
  const user = await ctx.internalAdapter.createUser(
    { name: person.name, email: person.email, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(DEMO_MEMBER_PASSWORD),
  });
  return { userId: user.id, role: "user" };
}
