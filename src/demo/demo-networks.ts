/**
 * The demo's networks (issue 14): twenty librarians with verified accounts in ten countries,
 * twelve networks they proposed and the administrator approved (through the use cases, as a
 * person would), who joined which (some showing their membership), one proposal still
 * waiting, and the Greek network's campaign with its petition: thirty confirmed signatures
 * (some with public comments) and a few never confirmed.
 */
import type { Auth } from "../auth/create-auth.ts";
import type { NetworkFormValues } from "../domain/networks/network-input.ts";
import { EMPTY_NETWORK_FORM } from "../domain/networks/network-input.ts";
import { signatureConfirmUrl } from "../use-cases/networks/petition-links.ts";
import type { Actor } from "../use-cases/result.ts";
import { createUseCases, type AllUseCaseDeps } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { DEMO_MEMBERS, DEMO_MEMBER_PASSWORD, type DemoMember } from "./demo-network-members.ts";
import { DEMO_NETWORKS, DEMO_PROPOSAL, PETITION_SIGNERS } from "./demo-network-texts.ts";

export { DEMO_MEMBER_PASSWORD };

type Services = AllUseCaseDeps & { auth: Auth };

/** Creates the members and the networks; fills community.memberIds and community.networkIds. */
export async function loadNetworksDemo(
  services: Services,
  community: DemoCommunity,
): Promise<void> {
  const useCases = createUseCases(services);
  const admin: Actor = { userId: community.adminId, role: "admin" };
  const memberIds = await createMembers(services);
  community.memberIds.push(...memberIds);
  const member = (email: string): Actor => {
    const index = DEMO_MEMBERS.findIndex((m) => m.email === email);
    if (index < 0) throw new Error(`demo: no member ${email}`);
    return { userId: memberIds[index]!, role: "user" };
  };

  for (const spec of DEMO_NETWORKS) {
    const proposer = member(spec.proposer);
    const values: NetworkFormValues = { ...EMPTY_NETWORK_FORM, ...spec.values };
    const proposed = check(await useCases.proposeNetwork(proposer, { values }), spec.slug);
    if (proposed.slug !== spec.slug)
      throw new Error(`demo: ${spec.values.name} became ${proposed.slug}, not ${spec.slug}`);
    check(
      await useCases.decideNetworkProposal(admin, {
        networkId: proposed.id,
        decision: "approve",
        reason: "",
      }),
      spec.slug,
    );
    community.networkIds.set(spec.slug, proposed.id);
    for (const [email, visible] of [[spec.proposer, true] as const, ...spec.members]) {
      const actor = member(email);
      check(await useCases.joinNetwork(actor, { slug: spec.slug }), spec.slug);
      if (visible)
        check(
          await useCases.setMembershipVisibility(actor, { slug: spec.slug, visible }),
          spec.slug,
        );
    }
  }

  // The round's participant is a member of two networks (her membership hidden in one).
  const participant: Actor = { userId: community.participantId, role: "user" };
  for (const [slug, visible] of [
    ["solo-librarians", true],
    ["digital-scholarship-online", false],
  ] as const) {
    check(await useCases.joinNetwork(participant, { slug }), slug);
    if (visible)
      check(await useCases.setMembershipVisibility(participant, { slug, visible }), slug);
  }

  check(
    await useCases.proposeNetwork(member(DEMO_PROPOSAL.proposer), {
      values: { ...EMPTY_NETWORK_FORM, ...DEMO_PROPOSAL.values },
    }),
    "proposal",
  );

  await loadGreekCampaign(
    services,
    useCases,
    member("eleni.papadopoulou@members.shelfmates.localhost"),
  );
}

async function loadGreekCampaign(
  services: Services,
  useCases: ReturnType<typeof createUseCases>,
  organiser: Actor,
) {
  const slug = "future-libraries-greece";
  const campaign = check(
    await useCases.saveCampaign(organiser, {
      slug,
      values: {
        title: "Libraries are worth it",
        body: [
          "Greece's public and school libraries have lost staff and opening hours for a decade, while more people than ever come to them for internet access, homework help and a warm, quiet place to read.",
          "",
          "## What we ask",
          "",
          "- A librarian in every secondary school",
          "- Opening hours that fit working families: evenings and Saturdays",
          "- A national fund for local collections and digital skills",
          "",
          "Sign, and tell us what your library means to you.",
        ].join("\n"),
        petitionText:
          "We ask the Ministry of Education and the municipalities of Greece to fund public and school libraries as essential public services: qualified staff, fair opening hours and collections for everyone.",
        goal: "100",
      },
    }),
    slug,
  );
  for (const [i, signer] of PETITION_SIGNERS.entries()) {
    const signed = check(
      await useCases.signPetition({
        slug,
        campaignSlug: campaign.campaignSlug,
        values: {
          name: signer.name,
          email: signer.email,
          country: signer.country,
          comment: signer.comment ?? "",
          commentPublic: signer.commentPublic ? "on" : "",
        },
        locale: "en",
      }),
      signer.email,
    );
    // The last few never followed their link: they do not count.
    if (i >= PETITION_SIGNERS.length - 4) continue;
    const url = signatureConfirmUrl(services, signed.signatureId, services.clock.now());
    const token = url.slice(url.lastIndexOf("/") + 1);
    check(await useCases.confirmPetitionSignature({ token }), signer.email);
  }
}

/** The members' accounts, verified, with one password (through better-auth's own adapter). */
async function createMembers(services: Services): Promise<string[]> {
  const ctx = await services.auth.$context;
  const hash = await ctx.password.hash(DEMO_MEMBER_PASSWORD);
  const ids: string[] = [];
  for (const m of DEMO_MEMBERS) ids.push(await createMember(services, ctx, m, hash));
  return ids;
}

async function createMember(
  services: Services,
  ctx: Awaited<Auth["$context"]>,
  m: DemoMember,
  hash: string,
): Promise<string> {
  const found = await services.uow.read.users.findByEmail(m.email);
  if (found) return found.id;
  const user = await ctx.internalAdapter.createUser(
    { name: m.name, email: m.email, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: hash,
  });
  await services.uow.transaction((repositories) => repositories.users.setLocale(user.id, m.locale));
  return user.id;
}

function check<T>(result: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T {
  if (!result.ok) throw new Error(`demo networks (${what}): ${JSON.stringify(result.error)}`);
  return result.value;
}
