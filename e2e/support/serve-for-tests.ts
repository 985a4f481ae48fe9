/**
 * Starts what the browser journeys need: a real SMTP server (smtp-server) that saves every
 * message it receives, an OpenID provider for single sign-on (oauth2-mock-server, with a sign-in
 * page of its own), and the built app on a fresh embedded database with the demo loaded,
 * delivering its email to that SMTP server and offering "Sign in with Test Library Association".
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { startTestIdentityProvider } from "../../src/auth/testing/test-identity-provider.ts";
import { DATA_DIR, MAIL_DIR } from "./paths.ts";

rmSync(MAIL_DIR, { recursive: true, force: true });
rmSync(DATA_DIR, { recursive: true, force: true });
mkdirSync(MAIL_DIR, { recursive: true });

let counter = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        counter++;
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        const file = join(MAIL_DIR, `${Date.now()}-${String(counter).padStart(5, "0")}.json`);
        // Written whole under another name, then renamed: a reader never sees half a message.
        writeFileSync(
          `${file}.partial`,
          JSON.stringify({
            to,
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: mail.html || "",
            messageId: mail.messageId,
          }),
        );
        renameSync(`${file}.partial`, file);
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
const address = smtp.server.address();
const smtpPort = typeof address === "object" && address ? address.port : 0;

// Single sign-on (e2e/sso): the association's provider, on a free port, set by the environment.
const identityProvider = await startTestIdentityProvider();

const port = process.env.E2E_PORT ?? "3999";
Object.assign(process.env, {
  NODE_ENV: "production",
  PORT: port,
  HOST: "127.0.0.1",
  BASE_URL: `http://localhost:${port}`,
  DATA_DIR,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  SHELFMATES_DEMO: "1",
  RATE_LIMIT: "0",
  // The round's scheduled jobs (check-ins, topics…) every few seconds, not every ten minutes.
  SCHEDULED_JOBS_EVERY_SECONDS: "5",
  LOG_LEVEL: "warn",
  SSO_ISSUER: identityProvider.issuer,
  SSO_CLIENT_ID: "shelfmates-e2e",
  SSO_CLIENT_SECRET: "e2e-client-secret",
  SSO_NAME: "Test Library Association",
});
await import("../../server/main.ts");
