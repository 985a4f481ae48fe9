/**
 * Turns the bytes of an uploaded CSV file into text, or says in plain words why it cannot.
 * Spreadsheets save CSV in many encodings; we accept UTF-8 (with or without a byte order
 * mark) and UTF-16 that announces itself with a byte order mark, and refuse the rest rather
 * than guess, because a wrong guess silently corrupts names such as "Ηλίας" or "Jyväskylä".
 */

export type DecodeFailure =
  | { code: "empty_file" }
  | { code: "not_utf8"; line: number }
  | { code: "utf16_without_bom" }
  | { code: "binary_file" };

export type DecodeResult = { ok: true; text: string } | { ok: false; failure: DecodeFailure };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, failure: { code: "empty_file" } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, "utf-16be");
  if (looksLikeUtf16(bytes)) return { ok: false, failure: { code: "utf16_without_bom" } };
  let text: string;
  try {
    // Strips a UTF-8 byte order mark (ignoreBOM: false).
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, failure: { code: "not_utf8", line: lineOfFirstInvalidUtf8(bytes) } };
  }
  if (text.includes("\u0000")) return { ok: false, failure: { code: "binary_file" } };
  if (text.trim() === "") return { ok: false, failure: { code: "empty_file" } };
  return { ok: true, text };
}

function decodeUtf16(bytes: Uint8Array, label: "utf-16le" | "utf-16be"): DecodeResult {
  const text = new TextDecoder(label, { ignoreBOM: false }).decode(bytes);
  if (text.includes("\u0000")) return { ok: false, failure: { code: "binary_file" } };
  if (text.trim() === "") return { ok: false, failure: { code: "empty_file" } };
  return { ok: true, text };
}

/** UTF-16 text in a Latin script has a zero byte in every other position. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros++;
  return sample >= 4 && zeros >= sample / 4;
}

/** 1-based physical line of the first byte that breaks UTF-8 (RFC 3629, section 4). */
function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const length = sequenceLength(bytes, i);
    if (length === 0) return line;
    i += length;
  }
  return line;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
  else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
  else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
  else return 0;
  let codePoint = b & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
    codePoint = (codePoint << 6) | (c & 0x3f);
  }
  if (codePoint < min || codePoint > 0x10ffff) return 0;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 0;
  return need + 1;
}
