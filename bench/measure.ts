/**
 * Timing a use case in-process the way the benches report it: warm-up runs, then p50 and p99
 * of wall time, the CPU time this process spent (on PGlite the database runs in it, so this
 * hardly depends on other load), and the statements one run sends to the database.
 */
import type { TestDatabase } from "../src/db/test-database.ts";

export interface Measured {
  label: string;
  p50: number;
  p99: number;
  cpuP50: number;
  statements: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A measuring function over this database: counts statements at the driver (PGlite's client
 * or pg's pool), whose round trips add up one after another on PGlite's single connection.
 */
export function measurer(database: TestDatabase, iterations: number) {
  let statements = 0;
  const client = (database.db as unknown as { $client: { query: (...a: unknown[]) => unknown } })
    .$client;
  const query = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    statements++;
    return query(...args);
  };
  return async function measure(label: string, run: () => Promise<unknown>): Promise<Measured> {
    const failed = (value: unknown) =>
      typeof value === "object" && value !== null && "ok" in value && value.ok === false;
    for (let i = 0; i < 10; i++) if (failed(await run())) throw new Error(`${label} failed`);
    const before = statements;
    await run();
    const statementsPerRun = statements - before;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await run();
      const cpu = process.cpuUsage(cpuStarted);
      times.push(performance.now() - started);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    return {
      label,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      cpuP50: percentile(cpuTimes, 50),
      statements: statementsPerRun,
    };
  };
}
