import {
  discoveryUrlOf,
  issuerProblem,
  judgeDiscoveryDocument,
} from "../../domain/sso/sso-provider.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { SsoDeps, SsoPorts } from "./sso-ports.ts";

/** What asking an issuer for its discovery document found, said plainly on the admin page. */
export type DiscoveryCheck = { url: string } & (
  | { outcome: "usable"; issuer: string; authorizationEndpoint: string }
  | { outcome: "status"; status: number }
  | { outcome: "unreachable" | "timeout" | "too_large" }
  | { outcome: "not_json" | "issuer_mismatch" | "missing_endpoints" | "no_id_tokens" }
);

/** Fetches and judges an issuer's discovery document (also used before turning SSO on). */
export async function discover(sso: SsoPorts, issuer: string): Promise<DiscoveryCheck> {
  const url = discoveryUrlOf(issuer);
  const answer = await sso.fetchDiscovery(url);
  if (!answer.answered) return { url, outcome: answer.reason };
  if (answer.status !== 200) return { url, outcome: "status", status: answer.status };
  const verdict = judgeDiscoveryDocument(issuer, answer.body);
  return verdict.usable
    ? {
        url,
        outcome: "usable",
        issuer: verdict.issuer,
        authorizationEndpoint: verdict.authorizationEndpoint,
      }
    : { url, outcome: verdict.reason };
}

/** An administrator asks whether an issuer answers with a usable discovery document. */
export async function checkSsoDiscovery(
  deps: Pick<UseCaseDeps, "uow"> & SsoDeps,
  actor: Actor | null,
  input: { issuer: string },
): Promise<Result<DiscoveryCheck>> {
  if (actor?.role !== "admin" || !deps.sso) return fail({ code: "not_found" });
  const issuer = input.issuer.trim();
  const problem = issuer ? issuerProblem(issuer) : "required";
  if (problem) {
    const key =
      problem === "required"
        ? "errors.required"
        : problem === "https"
          ? "sso:errors.issuerHttps"
          : "sso:errors.issuerInvalid";
    return fail({ code: "invalid", fieldErrors: { issuer: { key } } });
  }
  return ok(await discover(deps.sso, issuer));
}
