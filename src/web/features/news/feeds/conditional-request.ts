/**
 * RFC 9110 §13.1: whether a GET may be answered 304 Not Modified. If-None-Match wins when
 * both are sent (an ETag also sees a deleted post, which no date can); a weak comparison,
 * as the RFC asks for GET. Dates are compared to the second, as HTTP dates carry.
 */
export function isNotModified(
  headers: Headers,
  current: { etag: string; lastModifiedAt: Date | null },
): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const wanted = opaque(current.etag);
    return ifNoneMatch
      .split(",")
      .map((tag) => tag.trim())
      .some((tag) => tag === "*" || opaque(tag) === wanted);
  }
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null || !current.lastModifiedAt) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(current.lastModifiedAt.getTime() / 1000) * 1000 <= since;
}

function opaque(tag: string): string {
  return tag.startsWith("W/") ? tag.slice(2) : tag;
}
