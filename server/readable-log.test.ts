import { pino } from "pino";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readableLogStream } from "./readable-log.ts";

describe("the log a person reads at a terminal", () => {
  it("shows time, level and message, then the fields; no pid, hostname or JSON braces around it", async () => {
    let text = "";
    const out = new Writable({
      write(chunk: Buffer, _e, done) {
        text += chunk.toString();
        done();
      },
    });
    const logger = pino({ level: "info" }, readableLogStream(out));
    logger.info("Shelfmates is ready at http://localhost:3000");
    logger.warn({ count: 2 }, "emails left uncertain");
    logger.debug("not shown");
    await new Promise((resolve) => setTimeout(resolve, 10));
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d Shelfmates is ready at http:\/\/localhost:3000$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d warning: emails left uncertain \{"count":2\}$/);
  });
});
