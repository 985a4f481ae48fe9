/**
 * The data export's one download (issue 16): a zip with README.txt, data.json (every kind)
 * and one CSV per kind, written by yazl as the client reads it (one file at a time is
 * compressed; the export itself is bounded per kind by the use case).
 */
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import {
  EXPORT_KINDS,
  personalDataCsv,
  personalDataJson,
  type PersonalData,
} from "../../../domain/privacy/data-export.ts";

export function personalDataZip(
  data: PersonalData,
  exportedAt: Date,
  readme: string,
): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  const mtime = exportedAt;
  zip.addBuffer(Buffer.from(readme, "utf8"), "shelfmates-data/README.txt", { mtime });
  zip.addBuffer(
    Buffer.from(personalDataJson(data, exportedAt), "utf8"),
    "shelfmates-data/data.json",
    {
      mtime,
    },
  );
  for (const kind of EXPORT_KINDS)
    // A byte-order mark so spreadsheets read the CSV as UTF-8.
    zip.addBuffer(
      Buffer.from(`\uFEFF${personalDataCsv(data[kind])}`, "utf8"),
      `shelfmates-data/${kind}.csv`,
      { mtime },
    );
  zip.end();
  return Readable.toWeb(zip.outputStream as Readable) as ReadableStream<Uint8Array>;
}
