import { z } from "zod";
import type { FieldErrors } from "../field-errors.ts";
import { networkFieldErrors } from "./network-field-errors.ts";

export const DECLINE_REASON_MAX = 2000;

/** An administrator's decision on a proposed network; declining says why, to the proposer. */
export type NetworkDecision = { approve: true } | { approve: false; reason: string };

const reasonSchema = z.string().trim().min(1).max(DECLINE_REASON_MAX);

export function parseNetworkDecision(input: {
  decision: string;
  reason: string;
}): { ok: true; value: NetworkDecision } | { ok: false; fieldErrors: FieldErrors } {
  if (input.decision === "approve") return { ok: true, value: { approve: true } };
  if (input.decision !== "decline")
    return { ok: false, fieldErrors: { decision: { key: "errors.invalidChoice" } } };
  const reason = reasonSchema.safeParse(input.reason);
  if (!reason.success)
    return {
      ok: false,
      fieldErrors: { reason: networkFieldErrors(reason.error).form ?? { key: "errors.required" } },
    };
  return { ok: true, value: { approve: false, reason: reason.data } };
}
