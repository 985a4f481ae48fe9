const answers = new WeakMap<object, Map<string, unknown>>();

/**
 * What the loaders of one request all ask, worked out once for them: the root loader and the
 * page's loader both read the signed-in person (a session query each, and a user query each
 * once the session's signed cookie has expired). The load context is made once per request
 * and handed to all its loaders (each gets a Request of its own), so the answer lives as long
 * as that context. Only reads are shared: a POST's action runs before its loaders and may
 * sign in or out, so what is asked while handling a write is never kept, and what was kept
 * is forgotten.
 */
export function oncePerRequest<T>(
  request: Request,
  context: object,
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    answers.delete(context);
    return work();
  }
  let known = answers.get(context);
  if (!known) {
    known = new Map();
    answers.set(context, known);
  }
  let answer = known.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = work();
    known.set(key, answer);
  }
  return answer;
}
