/**
 * The headers of the page that asked better-auth for an email. better-auth hands some email
 * callbacks (password reset, verification) only `ctx.request`, which is empty when a route's
 * action calls its API; without the page's cookie and Accept-Language, those emails could
 * not follow the page's language. A route wraps the API call in `auth.withPageHeaders`.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const pageHeaders = new AsyncLocalStorage<Headers>();

export function withPageHeaders<T>(headers: Headers, call: () => Promise<T>): Promise<T> {
  return pageHeaders.run(headers, call);
}

/** The asking request's headers, else those a route passed with `withPageHeaders`. */
export function headersOfPage(request: { headers?: Headers } | undefined): Headers | undefined {
  return request?.headers ?? pageHeaders.getStore();
}
