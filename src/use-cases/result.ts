import type { FieldErrors } from "../domain/field-errors.ts";

/** Errors a use case can return; the web layer maps them to statuses and messages. */
export type UseCaseError =
  | { code: "not_found" }
  | { code: "forbidden" }
  | { code: "invalid"; fieldErrors: FieldErrors }
  | { code: "conflict"; reason: string; data?: Record<string, string> }
  | { code: "closed" };

export type Result<T> = { ok: true; value: T } | { ok: false; error: UseCaseError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: UseCaseError): Result<T> => ({ ok: false, error });

/** Who is acting: the signed-in user, or nobody for public actions. */
export interface Actor {
  userId: string;
  role: "admin" | "user";
}
