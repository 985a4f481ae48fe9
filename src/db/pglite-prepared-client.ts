import { parse, protocol, type PGlite, type Results, type Transaction } from "@electric-sql/pglite";

/**
 * The PGlite client drizzle is given: the same database, with each statement prepared once
 * and run in one round trip (decision 0025).
 *
 * PGlite's own `query` sends a statement as six protocol exchanges (parse, describe the
 * statement, bind, describe the portal, execute, sync), parses and plans it every time, and
 * copies its whole type-parser table (400 entries, one per array type) into a new object
 * for each statement that names a parser, which drizzle's always do: about 0.1 ms of a
 * statement's 0.3 ms on a primary-key read. Here a statement is parsed once under a name
 * (PostgreSQL keeps its plan), its parameter types and columns are learnt from that one
 * describe, its values serialised exactly as PGlite would, and each run is one exchange
 * (bind, execute, sync) decoded with the parsers layered over PGlite's rather than copied.
 *
 * The locking is PGlite's: outside a transaction a statement waits for the transaction lock
 * and then the query lock, as `query` does; inside one, for the query lock only, as a
 * transaction's `query` does. Anything else (exec, listen, COPY with a blob) is PGlite's own.
 */
export interface PreparedClient {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string, options?: QueryOptions): Promise<Results[]>;
  transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T>;
}

type QueryOptions = NonNullable<Parameters<PGlite["query"]>[2]>;
type Parsers = NonNullable<QueryOptions["parsers"]>;
type BackendMessage = Awaited<ReturnType<PGlite["execProtocolStream"]>>[number];
type Serializer = (value: unknown) => string;
type Parser = (value: string, typeId?: number) => unknown;

/** What PGlite keeps for itself but has no public door to; checked at start (see below). */
interface PGliteInternals {
  parsers: Parsers;
  serializers: Record<number, Serializer>;
  _checkReady(): Promise<void>;
  _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T>;
  _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T>;
}

interface Statement {
  name: string;
  parameterTypes: number[];
  /** The statement's columns, as its describe gave them (none for a statement without rows). */
  rowDescription: BackendMessage | undefined;
}

/** Enough for every statement the app writes; texts beyond it (long IN lists) come and go. */
const STATEMENT_LIMIT = 500;
/** "cached plan must not change result type": the table changed under a prepared statement. */
const PLAN_CHANGED = "0A000";

const serialize = protocol.serialize;

export function preparedClient(db: PGlite): PreparedClient {
  const internals = db as unknown as PGliteInternals;
  for (const name of ["_checkReady", "_runExclusiveQuery", "_runExclusiveTransaction"] as const) {
    if (typeof internals[name] !== "function" || typeof internals.parsers !== "object") {
      throw new Error(
        `PGlite ${name} is missing: src/db/pglite-prepared-client.ts follows PGlite's internals (decision 0025) and must be checked against this version`,
      );
    }
  }
  // By text, oldest first: a Map keeps insertion order, and a statement used again moves last.
  const statements = new Map<string, Statement>();
  let nextName = 0;

  async function exchange(message: Uint8Array): Promise<BackendMessage[]> {
    // Errors come back as messages (throwOnError off), so the caller knows which steps ran.
    return db.execProtocolStream(message, { syncToFs: false, throwOnError: false });
  }

  function firstError(messages: BackendMessage[]): Error | undefined {
    return messages.find((m): m is BackendMessage & Error => m instanceof Error);
  }

  async function prepare(text: string): Promise<Statement> {
    const known = statements.get(text);
    if (known) {
      statements.delete(text);
      statements.set(text, known);
      return known;
    }
    const name = `shelfmates_${nextName++}`;
    const messages = await exchange(
      concat([
        serialize.parse({ text, name }),
        serialize.describe({ type: "S", name }),
        serialize.sync(),
      ]),
    );
    const error = firstError(messages);
    if (error) throw error;
    const statement = {
      name,
      parameterTypes: parse.parseDescribeStatementResults(messages),
      rowDescription: messages.find((m) => m.name === "rowDescription"),
    };
    statements.set(text, statement);
    if (statements.size > STATEMENT_LIMIT) await forget(statements.keys().next().value!);
    return statement;
  }

  async function forget(text: string): Promise<void> {
    const statement = statements.get(text);
    if (!statement) return;
    statements.delete(text);
    await exchange(
      concat([serialize.close({ type: "S", name: statement.name }), serialize.sync()]),
    );
  }

  function values(statement: Statement, params: unknown[], options?: QueryOptions) {
    // As PGlite's query does: the serialiser for the parameter's type, else toString.
    return params.map((param, i) => {
      if (param === null || param === undefined) return null;
      const type = statement.parameterTypes[i]!;
      const serializer =
        (options?.serializers?.[type] as Serializer | undefined) ?? internals.serializers[type];
      return serializer ? serializer(param) : (param as { toString(): string }).toString();
    });
  }

  async function run<T>(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
  ): Promise<Results<T>> {
    try {
      return await runPrepared<T>(text, params, options);
    } catch (error) {
      // As PGlite's query: the statement, its values and options ride on the error.
      throw Object.assign(error as Error, { query: text, params, queryOptions: options });
    }
  }

  async function runPrepared<T>(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
    retried = false,
  ): Promise<Results<T>> {
    const statement = await prepare(text);
    const messages = await exchange(
      concat([
        serialize.bind({ statement: statement.name, values: values(statement, params, options) }),
        serialize.execute({}),
        serialize.sync(),
      ]),
    );
    const error = firstError(messages);
    if (error) {
      if ((error as { code?: string }).code === PLAN_CHANGED && !retried) {
        await forget(text);
        return runPrepared(text, params, options, true);
      }
      throw error;
    }
    // Layered, not copied: a parser the options name comes first, PGlite's otherwise.
    const parsers = Object.assign(Object.create(internals.parsers) as Parsers, options?.parsers);
    // The columns come from the statement's describe, once, rather than with every run.
    const described = statement.rowDescription ? [statement.rowDescription, ...messages] : messages;
    const [result] = parse.parseResults(described, parsers as Record<string, Parser>, {
      rowMode: options?.rowMode,
    });
    return result as Results<T>;
  }

  function canPrepare(options: QueryOptions | undefined): boolean {
    // A blob (COPY … FROM '/dev/blob') is PGlite's own business.
    return options?.blob === undefined;
  }

  function inTransaction(tx: Transaction): Transaction {
    return {
      ...tx,
      get closed() {
        return tx.closed;
      },
      query<T>(text: string, params: unknown[] = [], options?: QueryOptions) {
        if (tx.closed) throw new Error("Transaction is closed");
        if (!canPrepare(options)) return tx.query<T>(text, params, options);
        return internals._runExclusiveQuery(() => run<T>(text, params, options));
      },
    };
  }

  return {
    async query<T>(text: string, params: unknown[] = [], options?: QueryOptions) {
      if (!canPrepare(options)) return db.query<T>(text, params, options);
      await internals._checkReady();
      const result = await internals._runExclusiveTransaction(() =>
        internals._runExclusiveQuery(() => run<T>(text, params, options)),
      );
      await db.syncToFs();
      return result;
    },
    exec: (text, options) => db.exec(text, options),
    transaction: (callback) => db.transaction((tx) => callback(inTransaction(tx))),
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const message = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    message.set(part, offset);
    offset += part.length;
  }
  return message;
}
