import { Writable } from "node:stream";

const LEVELS: Record<number, string> = {
  10: "trace: ",
  20: "debug: ",
  30: "",
  40: "warning: ",
  50: "error: ",
  60: "fatal: ",
};

/**
 * pino's one JSON object per line, as a person at a terminal reads it: the time, the
 * message, and the fields after it. Used when the log goes to a terminal (or with
 * LOG_FORMAT=text); anything else (a file, a log collector) gets the JSON.
 */
export function readableLogStream(out: NodeJS.WritableStream = process.stdout): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line) continue;
        try {
          const {
            level,
            time,
            msg,
            pid: _p,
            hostname: _h,
            ...fields
          } = JSON.parse(line) as {
            level: number;
            time: number;
            msg?: string;
            [key: string]: unknown;
          };
          const clock = new Date(time).toTimeString().slice(0, 8);
          const rest = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : "";
          out.write(`${clock} ${LEVELS[level] ?? ""}${msg ?? ""}${rest}\n`);
        } catch {
          out.write(`${line}\n`);
        }
      }
      done();
    },
  });
}
