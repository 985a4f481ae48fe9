/**
 * A statement drizzle builds once per repository, then runs with its values: drizzle builds
 * a select's text anew on every call, 30–130 µs (the round with its programme: 127 µs), as
 * much as PGlite then takes to run it (decision 0025). For the statements every facilitator
 * page runs; build with `sql.placeholder` for the values and `.prepare(name)` at the end.
 */
export function builtOnce<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
