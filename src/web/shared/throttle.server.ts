import { CLIENT_ADDRESS_HEADER } from "../../auth/client-address.ts";
import type { ThrottledRequestKind } from "../../use-cases/trust/throttle-request.ts";
import type { AppContext } from "../context.ts";

/**
 * Spends this request's allowance (the throttleRequest use case) when rate limits are on,
 * counting by the address it names and the client's address as the server saw it
 * (server/client-address.ts sets the header). Minutes to wait when refused, else null.
 */
export async function minutesToWaitFor(
  request: Request,
  context: AppContext,
  kind: ThrottledRequestKind,
  email: string,
): Promise<number | null> {
  const { services } = context;
  if (!services.config.rateLimit) return null;
  const allowance = await services.useCases.throttleRequest({
    kind,
    email,
    client: request.headers.get(CLIENT_ADDRESS_HEADER),
  });
  return allowance.allowed ? null : Math.ceil(allowance.retryAfterSeconds / 60);
}
