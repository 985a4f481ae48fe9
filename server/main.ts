import { createRequestHandler } from "@react-router/express";
import { refuseUnreadableRequests } from "./readable-requests.ts";
import { toNodeHandler } from "better-auth/node";
import path from "node:path";
import { pathToFileURL } from "node:url";
import express from "express";
import { pino } from "pino";
import type { ServerBuild } from "react-router";
import { loadConfig } from "../src/config.ts";
import { limitRequestBodies } from "./body-limit.ts";
import { clientAddress } from "./client-address.ts";
import { compressResponses } from "./compress-responses.ts";
import { compressedAssets } from "./compressed-assets.ts";
import { rejectCrossSiteWrites } from "./same-origin-writes.ts";
import { securityHeaders } from "./security-headers.ts";
import { readableLogStream } from "./readable-log.ts";
import { startServicesWithDemo } from "./services.ts";
import { createAppContext } from "../src/web/context.ts";

const config = loadConfig(process.env);
// JSON for machines; plain lines when a person watches the terminal (or LOG_FORMAT=text).
const readable =
  process.env.LOG_FORMAT === "text" || (process.env.LOG_FORMAT !== "json" && process.stdout.isTTY);
const logger = readable
  ? pino({ level: config.logLevel }, readableLogStream())
  : pino({ level: config.logLevel });
const { running, demo } = await startServicesWithDemo(config, logger, (message) =>
  logger.info(message),
);
const { services } = running;

if (demo) {
  if (demo.loaded) logger.info("Demo data loaded");
  for (const account of demo.accounts) {
    logger.info(`Demo ${account.role}: ${account.email} / password ${account.password}`);
  }
}
if (config.usingDevSecret)
  logger.warn("SHELFMATES_SECRET is not set: using the development secret");
if (/^(no-?reply|do-?not-?reply)@/i.test(config.contactEmail))
  logger.warn(
    `The help page gives ${config.contactEmail} as the address to write to: set CONTACT_EMAIL to one people can reach`,
  );

const app = express();
app.disable("x-powered-by");
// The number of proxies in front (TRUST_PROXY), never `true`: a client cannot choose its address.
app.set("trust proxy", config.trustProxy);

// One structured log line per request.
app.use((req, res, next) => {
  const start = process.hrtime.bigint();
  res.on("finish", () => {
    if (req.path.startsWith("/assets/")) return;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    logger.info(
      { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
      "request",
    );
  });
  next();
});

// On every response, whoever answers it (pages, auth API, files, refusals).
app.use(securityHeaders(config.baseUrl));
// A form or API call sent by a page of another site changes nothing (403).
app.use(rejectCrossSiteWrites(config.baseUrl));
// Before anything reads a body: forms 1 MB, the round import's upload 20 MB (body-limit.ts).
app.use(limitRequestBodies());
// A method no page handles (405), an address with a broken encoding or a null byte (400), a
// POST to a page that is not a form (415), each with a page (readable-requests.ts).
app.use(refuseUnreadableRequests());
// The address rate limits count by, set here so no client can choose it (client-address.ts).
app.use(clientAddress());
// Pages, data and downloads gzipped for clients that accept it (the build's scripts and
// styles too, compressed once: compressed-assets.ts), for a phone on a slow line.
app.use(compressResponses());

app.all("/api/auth/{*splat}", toNodeHandler(services.auth));
// Browsers ask for /favicon.ico whatever the page says; the icon is an SVG.
app.get("/favicon.ico", (_req, res) => res.redirect(301, "/favicon.svg"));

let build: ServerBuild | (() => Promise<ServerBuild>);
if (config.env === "development") {
  const vite = await import("vite");
  const viteServer = await vite.createServer({ server: { middlewareMode: true } });
  app.use(viteServer.middlewares);
  build = () =>
    viteServer.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
} else {
  const buildDir = process.env.SHELFMATES_BUILD_DIR ?? "build";
  app.use("/assets", compressedAssets(`${buildDir}/client/assets`));
  app.use(
    "/assets",
    express.static(`${buildDir}/client/assets`, { immutable: true, maxAge: "1y" }),
  );
  // The few files of public/ (favicon.svg) all have an extension: a page's address (none)
  // goes straight on, without looking for a file on disk first.
  const publicFiles = express.static(`${buildDir}/client`, { maxAge: "1h" });
  app.use((req, res, next) => (/\.[^/]+$/.test(req.path) ? publicFiles(req, res, next) : next()));
  const serverBuild = pathToFileURL(path.resolve(buildDir, "server/index.js")).href;
  build = (await import(serverBuild)) as ServerBuild;
}

app.use(
  createRequestHandler({
    build,
    mode: config.env === "development" ? "development" : "production",
    getLoadContext: () => createAppContext(services),
  }),
);

const server = app.listen(config.port, config.host, () => {
  logger.info(
    `Shelfmates is ready at ${config.baseUrl} (${services.databaseKind}, mail: ${services.mailTransport})`,
  );
});
// Node closes an idle kept-alive connection after 5 s by default. A client that sends its
// next request on that connection just as the server closes it gets "connection reset" (CI
// saw it: a test's API client came back after 6 s). Proxies and load balancers keep idle
// connections for about 60 s, so the server keeps them a little longer than that, and the
// header deadline stays above the keep-alive one as Node requires.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received: finishing requests and closing`);
  // Stop accepting connections, let requests in flight finish (at most 5 s), then stop the
  // job runner (jobs in hand finish) and close the database so PGlite's files stay consistent.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 5000);
  force.unref();
  await closed;
  await running.stop();
  logger.info("Stopped cleanly");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
