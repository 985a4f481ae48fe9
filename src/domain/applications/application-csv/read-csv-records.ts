/**
 * RFC 4180 records: fields separated by the delimiter, records by CRLF or LF (or a lone
 * CR, as old Mac exports do); a field in double quotes may hold delimiters, line breaks
 * and doubled quotes (""). Lenient where spreadsheets are sloppy: a quote inside an
 * unquoted field is kept as a character, and text after a closing quote is appended.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line of the file on which the record starts. */
  line: number;
}

export type ReadCsvResult =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; failure: { code: "unterminated_quote"; line: number } };

const QUOTE = 34;
const CR = 13;
const LF = 10;

export function readCsvRecords(text: string, delimiter = ","): ReadCsvResult {
  const sep = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  const length = text.length;
  let line = 1;
  let i = 0;
  let fields: string[] = [];
  let recordLine = 1;
  while (i <= length) {
    // At the start of a field.
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const openedOnLine = line;
      let parts = "";
      let start = i + 1;
      i = start;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0)
          return { ok: false, failure: { code: "unterminated_quote", line: openedOnLine } };
        line += countLineBreaks(text, i, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          parts += text.slice(start, close + 1);
          i = start = close + 2;
          continue;
        }
        parts += text.slice(start, close);
        i = close + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept, not dropped.
      const end = findFieldEnd(text, i, sep);
      value = parts + text.slice(i, end);
      i = end;
    } else {
      const end = findFieldEnd(text, i, sep);
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value);
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      continue;
    }
    // End of record: a line break or the end of the text.
    records.push({ fields, line: recordLine });
    fields = [];
    if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
    else if (c === LF) i++;
    else break;
    line++;
    recordLine = line;
    if (i === length) break;
  }
  return { ok: true, records };
}

function findFieldEnd(text: string, from: number, sep: number): number {
  let i = from;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === sep || c === LF || c === CR) return i;
    i++;
  }
  return i;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}
