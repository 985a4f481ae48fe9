import { data, type MiddlewareFunction } from "react-router";

/**
 * A multipart form whose body cannot be read (cut short, a broken part) is the sender's
 * mistake: 415 with the error page that says to send the form again, rather than a 500 from
 * whichever action reads it (issue 16). URL-encoded forms always parse, and the edge
 * (server/readable-requests.ts) refuses other bodies, so only multipart ones are read here,
 * twice: the round import's file (at most 20 MB) is the largest.
 */
export const refuseUnreadableForms: MiddlewareFunction<Response> = async ({ request }, next) => {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (request.method === "POST" && type.startsWith("multipart/form-data")) {
    try {
      await request.clone().formData();
    } catch {
      throw data(null, { status: 415 });
    }
  }
  return next();
};
