const answers = new WeakMap<Request, Map<string, unknown>>();

/**
 * What one request asks several times, worked out once for it: the root loader and the
 * page's loader both read the signed-in person (a session query each, twice a statement once
 * the session's signed cookie has expired). React Router hands every loader of a request the
 * same Request, so the answer lives as long as the request does. Anything that changes the
 * answer within the request (signing in or out in an action) must not read it through here
 * afterwards.
 */
export function oncePerRequest<T>(
  request: Request,
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  let known = answers.get(request);
  if (!known) {
    known = new Map();
    answers.set(request, known);
  }
  let answer = known.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = work();
    known.set(key, answer);
  }
  return answer;
}
