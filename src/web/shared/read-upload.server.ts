// Past this, an upload is cut off rather than drained (see below).
const DRAIN_LIMIT_BYTES = 256 * 1024 * 1024;

/**
 * Reads a multipart form with a size limit. The body is counted as it streams in, so an
 * oversized upload is never held in memory. It is still read to the end (and dropped):
 * a server that answers mid-upload and closes makes browsers show "connection reset"
 * instead of our page explaining the limit.
 */
export async function readUploadForm(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; form: FormData } | { ok: false; reason: "too_large" | "unreadable" }> {
  if (!request.body) return { ok: false, reason: "unreadable" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > DRAIN_LIMIT_BYTES) {
      await reader.cancel();
      break;
    }
    if (size <= maxBytes) chunks.push(value);
  }
  if (size > maxBytes) return { ok: false, reason: "too_large" };
  try {
    const body = new Blob(chunks as BlobPart[]);
    const headers = { "content-type": request.headers.get("content-type") ?? "" };
    return { ok: true, form: await new Response(body, { headers }).formData() };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}
