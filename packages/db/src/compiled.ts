import { is, Param, Placeholder, SQL, sql } from "drizzle-orm";
import { PgDatabase, PgDialect, type PgSession } from "drizzle-orm/pg-core";
import type { Database, Tx } from "./client.js";

/** What `session.prepareQuery` was called with when the query was built. */
type Recorded = {
  args: Parameters<PgSession["prepareQuery"]>;
  joinsNotNullableMap: unknown;
};

/** A placeholder per key of `V`, for the values a compiled query takes on each run. */
export type Placeholders<V> = { readonly [K in keyof V]: Placeholder<K & string, V[K]> };

/**
 * A query whose SQL drizzle builds once, run on any transaction (either driver) with fresh
 * values. drizzle builds a query's SQL on every call (its `.prepare()` keeps it, but only on the
 * connection it was prepared on), and on the hot paths that building cost more CPU than anything
 * else the server does. `build` receives a database that only records and the placeholders of
 * `V`; it must not depend on anything but them: it runs once. Values are encoded as the
 * uncompiled query would encode them (a column's encoder, `null` as SQL NULL, an undefined column
 * value as its default), so the statement and its parameters are the same as drizzle's. A column
 * with a JavaScript default (`$defaultFn`) must be given in an insert: its default would be drawn
 * once, when building.
 */
export function compiled<V extends Record<string, unknown>, R>(
  build: (db: Database, p: Placeholders<V>) => PromiseLike<R>,
): (tx: Tx | Database, values: V) => Promise<R> {
  let recorded: Recorded | undefined;
  return (tx, values) => {
    recorded ??= record(build);
    const { args, joinsNotNullableMap } = recorded;
    const [query, ...rest] = args;
    const prepared = tx._.session.prepareQuery(
      { sql: query.sql, params: query.params.map((p) => fill(p, values)) },
      ...rest,
    );
    if (joinsNotNullableMap !== undefined) {
      (prepared as unknown as { joinsNotNullableMap: unknown }).joinsNotNullableMap = joinsNotNullableMap;
    }
    return prepared.execute() as Promise<R>;
  };
}

/** A parameter with this run's value, encoded the way drizzle encodes it when it builds the query. */
function fill(param: unknown, values: Record<string, unknown>): unknown {
  if (is(param, Placeholder)) return placeholderValue(param, values);
  if (is(param, Param) && is(param.value, Placeholder)) {
    const name = param.value.name;
    let value = values[name];
    if (value === undefined) {
      // drizzle writes `default` for an undefined column value when it builds the query; a
      // compiled statement has a parameter there, so it gets what `default` would give: the
      // column's literal default, or NULL when it has none. A default in SQL (`now()`) cannot
      // be a parameter: such a column needs a value.
      const column = param.encoder as { hasDefault?: boolean; default?: unknown };
      if (!column.hasDefault) return null;
      if (is(column.default, SQL)) throw new Error(`No value for placeholder "${name}".`);
      value = column.default;
    }
    return value === null ? null : param.encoder.mapToDriverValue(value);
  }
  return param;
}

function placeholderValue(placeholder: Placeholder, values: Record<string, unknown>): unknown {
  const value = values[placeholder.name];
  if (value === undefined) throw new Error(`No value for placeholder "${placeholder.name}".`);
  return value;
}

function record<V extends Record<string, unknown>, R>(
  build: (db: Database, p: Placeholders<V>) => PromiseLike<R>,
): Recorded {
  let args: Recorded["args"] | undefined;
  const stub = {
    joinsNotNullableMap: undefined as unknown,
    setToken() {
      return stub;
    },
  };
  const session = {
    prepareQuery(...a: Recorded["args"]) {
      args = a;
      return stub;
    },
  } as unknown as PgSession;
  const db = new PgDatabase(new PgDialect(), session, undefined) as unknown as Database;
  const p = new Proxy({} as Placeholders<V>, { get: (_, name) => sql.placeholder(String(name)) });
  // A select, insert, update or delete prepares when asked; `db.execute(…)` already has.
  const built = build(db, p) as PromiseLike<R> & { prepare?: (name: string) => unknown };
  if (typeof built.prepare === "function") built.prepare("compiled");
  if (!args) throw new Error("compiled: the query did not build");
  // Executed unnamed, as drizzle runs a query that was not `.prepare()`d.
  args[2] = undefined;
  return { args, joinsNotNullableMap: stub.joinsNotNullableMap };
}
