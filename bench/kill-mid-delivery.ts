/**
 * `node --import tsx bench/kill-mid-delivery.ts`: is mail lost or sent twice when the server
 * dies while delivering? Starts the real server (embedded PGlite) with a slow SMTP server
 * (400 ms per message), signs up 40 readers (40 verification emails), kills the server with
 * SIGKILL after 5 deliveries, starts it again on the same data, and counts what each address
 * received. Expected (decision 0006): every email but the one in flight arrives exactly once;
 * that one stays "sending" (shown "uncertain" after ten minutes) and is never resent.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import { SMTPServer } from "smtp-server";
import { killableServer } from "./killable-server.ts";

const READERS = 40;
const workDir = mkdtempSync(join(tmpdir(), "shelfmates-kill-mail-"));
const received = new Map<string, number>();
const total = () => [...received.values()].reduce((a, b) => a + b, 0);

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    stream.resume();
    stream.on("end", () =>
      setTimeout(() => {
        for (const to of session.envelope.rcptTo)
          received.set(to.address, (received.get(to.address) ?? 0) + 1);
        callback();
      }, 400),
    );
  },
});
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
const smtpPort = (smtp.server.address() as { port: number }).port;
const server = killableServer({
  workDir,
  port: 39878,
  readyPath: "/",
  env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SHELFMATES_DEMO: "0" },
});

try {
  await server.start();
  const emails = Array.from({ length: READERS }, (_, i) => `reader${i}@example.org`);
  await Promise.all(
    emails.map(async (email) => {
      const response = await fetch(`${server.base}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.base },
        body: JSON.stringify({ email, password: "a-long-password-123", name: email }),
      });
      if (response.status !== 200) throw new Error(`sign-up answered ${response.status}`);
    }),
  );
  while (total() < 5) await sleep(50);
  await server.kill();
  console.log(`killed with SIGKILL after ${total()} of ${READERS} emails were delivered`);
  await server.start();
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && received.size < READERS) await sleep(500);
  await sleep(3000);
  await server.stop();

  const twice = [...received].filter(([, count]) => count > 1).map(([to]) => to);
  const missing = emails.filter((to) => !received.has(to));
  console.log(
    `after the restart: ${received.size} of ${READERS} addresses received their email; ` +
      `twice: ${twice.join(", ") || "none"}; missing: ${missing.join(", ") || "none"}`,
  );
  const database = await PGlite.create(join(workDir, "data"));
  const statuses = await database.query<{ status: string; n: number }>(
    "SELECT status, count(*)::int AS n FROM email_outbox GROUP BY status ORDER BY status",
  );
  await database.close();
  console.log(`outbox: ${statuses.rows.map((r) => `${r.n} ${r.status}`).join(", ")}`);
  if (twice.length > 0 || missing.length > 1) process.exitCode = 1;
} finally {
  await server.stop();
  smtp.close();
  rmSync(workDir, { recursive: true, force: true });
}
