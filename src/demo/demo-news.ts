/**
 * The demo's news (issue 14): posts by the networks' organisers (in English, Greek, Spanish
 * and French; one with an image and its alt text) and by the peer programme's facilitator,
 * spread over the last weeks, members' comments, one comment reported, one reported and hidden,
 * and members following networks. Everything goes through the use cases, each post on a clock
 * set to its own day.
 */
import type { Actor, Result } from "../use-cases/result.ts";
import { createUseCases, type AllUseCaseDeps } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { DEMO_NEWS } from "./demo-news-texts.ts";

const DAY_MS = 86_400_000;
/** The comment that the solo librarians' organiser hides once a member reported it. */
const SPAM = "Cheap essay writing services";
/** The comment a member reports and nobody has looked at yet (the moderation list shows it). */
const DISPUTED = "Could we have a version for primary schools next time?";

export async function loadNewsDemo(
  services: AllUseCaseDeps,
  community: DemoCommunity,
): Promise<void> {
  const at = (daysAgo: number, minutes = 0) => {
    const when = new Date(community.now.getTime() - daysAgo * DAY_MS + minutes * 60_000);
    return createUseCases({ ...services, clock: { now: () => when } });
  };
  const admin: Actor = { userId: community.adminId, role: "admin" };
  const members = community.memberIds.map((userId): Actor => ({ userId, role: "user" }));
  const programme = await services.uow.read.programmes.findById(community.peerProgrammeId);

  for (const spec of DEMO_NEWS) {
    const useCases = at(spec.daysAgo);
    const { author, people, publisher } =
      spec.publisher === "programme"
        ? {
            author: { userId: community.facilitatorId, role: "user" } as Actor,
            people: members,
            publisher: { kind: "programme" as const, slug: programme?.slug ?? "" },
          }
        : await networkPeople(useCases, admin, spec.publisher, members);
    const post = check(
      await useCases.publishNewsPost(author, {
        ...publisher,
        values: { title: spec.title, body: spec.body },
      }),
      spec.title,
    );
    for (const [i, body] of spec.comments.entries()) {
      const commenter = people[(i + 1) % people.length]!;
      const later = at(spec.daysAgo, 90 * (i + 1));
      const { commentId } = check(
        await later.commentOnNewsPost(commenter, { slug: post.slug, body }),
        body,
      );
      if (body.startsWith(SPAM) || body === DISPUTED) {
        const reporter = people[(i + 2) % people.length]!;
        const reason = body.startsWith(SPAM) ? "Spam advertising" : "Off topic?";
        check(await later.reportNewsComment(reporter, { commentId, reason }), "report");
      }
      if (body.startsWith(SPAM))
        check(await at(spec.daysAgo - 1).hideNewsComment(author, { commentId }), "hide");
    }
  }

  // Members follow the networks they care about (their weekly digest lists what is new).
  const useCases = at(20);
  const follows: [number, string][] = [
    [0, "solo-librarians"],
    [1, "national-school-librarians-uk"],
    [2, "medical-librarians-europe"],
    [3, "bibliotecarios-escolares-es"],
    [4, "future-libraries-greece"],
    [5, "kenya-library-innovators"],
  ];
  for (const [index, networkSlug] of follows) {
    const member = members[index % members.length];
    if (member)
      check(await useCases.setNetworkFollow(member, { networkSlug, follow: true }), networkSlug);
  }
  check(
    await useCases.setNetworkFollow(
      { userId: community.participantId, role: "user" },
      { networkSlug: "solo-librarians", follow: true },
    ),
    "participant follows",
  );
}

/** A network's first organiser (its proposer) posts; its members (organisers first) comment. */
async function networkPeople(
  useCases: ReturnType<typeof createUseCases>,
  admin: Actor,
  slug: string,
  everyone: Actor[],
) {
  const page = check(
    await useCases.findNetworkPage(admin, { slug, membersPage: { offset: 0, limit: 50 } }),
    slug,
  );
  const organiser = page.organisers[0];
  if (!organiser) throw new Error(`demo: ${slug} has no organiser`);
  const known = [
    ...page.organisers.map((o) => o.userId),
    ...(page.visibleMembers?.items ?? []).map((m) => m.userId),
  ];
  const people = [...new Set([...known, ...everyone.map((m) => m.userId)])].map(
    (userId): Actor => ({ userId, role: "user" }),
  );
  return {
    author: { userId: organiser.userId, role: "user" } as Actor,
    people,
    publisher: { kind: "network" as const, slug },
  };
}

function check<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo news: ${what}: ${JSON.stringify(result.error)}`);
  return result.value;
}
