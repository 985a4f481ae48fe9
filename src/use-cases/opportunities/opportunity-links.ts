import type { UseCaseDeps } from "../ports.ts";

/** The opportunity's page. */
export function opportunityUrl(deps: Pick<UseCaseDeps, "baseUrl">, id: string): string {
  return `${deps.baseUrl}/opportunities/${id}`;
}

/** The nominee's answer page, from their email: the secret is the key (only its hash is kept). */
export function nominationAnswerUrl(deps: Pick<UseCaseDeps, "baseUrl">, secret: string): string {
  return `${deps.baseUrl}/opportunities/answer/${secret}`;
}

/** A nomination's page for a signed-in nominee or nominator. */
export function nominationUrl(deps: Pick<UseCaseDeps, "baseUrl">, id: string): string {
  return `${deps.baseUrl}/opportunities/nominations/${id}`;
}

/** Where the nominator offers to mentor the nominee. */
export function mentorOfferFormUrl(
  deps: Pick<UseCaseDeps, "baseUrl">,
  nominationId: string,
): string {
  return `${deps.baseUrl}/opportunities/nominations/${nominationId}/mentor`;
}

export function mentoringOfferUrl(deps: Pick<UseCaseDeps, "baseUrl">, id: string): string {
  return `${deps.baseUrl}/opportunities/offers/${id}`;
}

/** A round's public page, where people apply. */
export function roundPageUrl(
  deps: Pick<UseCaseDeps, "baseUrl">,
  round: { programmeSlug: string; slug: string },
): string {
  return `${deps.baseUrl}/p/${round.programmeSlug}/${round.slug}`;
}
