/**
 * Entry of the `shelfmates` command. Each sub-command lives in its own file and exports
 * `run(args, io)` returning the process exit code.
 */
import type { CommandIo } from "./command-io.ts";

type Command = (args: string[], io: CommandIo) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  "solve-graph": async () => (await import("./solve-graph.ts")).run,
  match: async () => (await import("./match.ts")).run,
  demo: async () => (await import("./demo.ts")).run,
};

const usage = `Usage: shelfmates <command> [options]

Commands:
  solve-graph FILE [--mates]      maximum-weight matching of an edge list
  match FILE.csv --mode peer|mentor [--config round.json] --out pairs.csv
  demo                            load the demo into DATABASE_URL (or ./data) if empty
`;

const [name, ...args] = process.argv.slice(2);
const load = name ? commands[name] : undefined;
const io: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
};
if (!load) {
  io.stderr(usage);
  process.exitCode = name ? 2 : 0;
} else {
  const command = await load();
  process.exitCode = await command(args, io);
}
