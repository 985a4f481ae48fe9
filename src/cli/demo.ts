import { pino } from "pino";
import { startServicesWithDemo } from "../../server/services.ts";
import { loadConfig } from "../config.ts";
import type { CommandIo } from "./command-io.ts";

/** `shelfmates demo`: loads the demo into DATABASE_URL (or ./data) when it holds no programme yet. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  if (args.length > 0) {
    io.stderr(`shelfmates demo takes no arguments (got: ${args.join(" ")})\n`);
    return 2;
  }
  const config = loadConfig({ ...process.env, SHELFMATES_DEMO: "1" });
  const { running, demo } = await startServicesWithDemo(
    config,
    pino({ level: "warn" }),
    (message) => io.stdout(`${message}\n`),
  );
  try {
    const result = demo!;
    io.stdout(
      result.loaded ? "Demo loaded.\n" : "The database already has programmes: demo not loaded.\n",
    );
    for (const account of result.accounts)
      io.stdout(`  ${account.role}: ${account.email} / ${account.password}\n`);
    return 0;
  } finally {
    await running.stop();
  }
}
