import type { SqlStatement } from "../../types";
import type { DatabaseClient, ExecResult } from "../dialect";

// Structural views of the two drivers: this package does not depend on either one's types.

/** The part of node-sqlite3's `Database` used here. */
interface Sqlite3Database {
  run(sql: string, params: unknown[], callback: (this: { changes: number }, err: Error | null) => void): unknown;
  all(sql: string, params: unknown[], callback: (err: Error | null, rows: Record<string, unknown>[]) => void): unknown;
}

/** The part of better-sqlite3's `Database` used here. */
interface BetterSqlite3Database {
  prepare(sql: string): BetterSqlite3Statement;
}

interface BetterSqlite3Statement {
  run(...params: unknown[]): { changes: number };
  all(...params: unknown[]): Record<string, unknown>[];
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const INT64_LIMIT = 2 ** 63;

/**
 * Parameters as TypeORM's SQLite driver sends them (`escapeQueryWithParameters`): booleans as
 * 1/0, Dates as UTC datetime text, and every number inlined as a literal, so an integral number
 * is an INTEGER. The drivers bind numbers as REAL (better-sqlite3 always, node-sqlite3 outside
 * 32 bits), which a text column would store as "5.0": such numbers become what binds as an
 * integer on each driver. `bigintAsText`: node-sqlite3 binds a BigInt as NULL, so it gets the
 * decimal text (an INTEGER column stores it exactly). Copies the array only when a value changes.
 */
export function sqliteParameters(parameters: unknown[], driver: "sqlite3" | "better-sqlite3"): unknown[] {
  let out = parameters;
  for (let i = 0; i < parameters.length; i++) {
    const value = parameters[i];
    const bound = typeof value === "string" || value === null ? value : sqliteParameter(value, driver);
    if (bound !== value) {
      if (out === parameters) out = parameters.slice();
      out[i] = bound;
    }
  }
  return out;
}

function sqliteParameter(value: unknown, driver: "sqlite3" | "better-sqlite3"): unknown {
  switch (typeof value) {
    case "number":
      return integerParameter(value, driver);
    case "boolean":
      return value ? 1 : 0;
    case "bigint":
      return driver === "sqlite3" ? String(value) : value;
    case "object":
      return value instanceof Date ? utcDatetimeText(value) : value;
    default:
      return value;
  }
}

/**
 * Below this magnitude SQLite's INTEGER and NUMERIC affinities turn a bound integral REAL into the
 * INTEGER (`sqlite3RealSameAsInt`: ±2^51), and REAL affinity stores it as the literal would be.
 */
const AFFINITY_EXACT_LIMIT = 2 ** 51;

/** Parameter arrays already converted column by column ({@link boundRowParameters}): the clients bind them as they are. */
const bound = new WeakSet<readonly unknown[]>();

/**
 * A VALUES batch's parameters (`width` cells per row, then `flags` presence flags) converted as
 * {@link sqliteParameters} converts them, except that an integral number below 2^51 in a column
 * whose affinity reads it back as the integer anyway (`exact[c]` false: INTEGER, NUMERIC, REAL)
 * stays the number: no BigInt per value, which costs better-sqlite3 its binding time and the
 * collector its garbage. Only TEXT and NONE (BLOB) affinity keep a bound REAL as "5.0"/5.0.
 * `absent` cells become NULL. Always a fresh array, marked so that the client binds it as it is.
 */
export function boundRowParameters(
  values: readonly unknown[],
  rowCount: number,
  exact: readonly boolean[],
  flags: readonly number[],
  driver: "sqlite3" | "better-sqlite3",
): unknown[] {
  const width = exact.length;
  if (flags.length === 0 && bindsAsItIs(values, rowCount * width, exact)) {
    bound.add(values);
    return values as unknown[];
  }
  const out = new Array<unknown>(rowCount * (width + flags.length));
  let o = 0;
  for (let r = 0, base = 0; r < rowCount; r++, base += width) {
    for (let c = 0; c < width; c++) {
      const value = values[base + c];
      if (typeof value === "string") out[o++] = value;
      else if (value === undefined || value === null) out[o++] = null;
      else if (typeof value === "number" && !exact[c] && Math.abs(value) < AFFINITY_EXACT_LIMIT) out[o++] = value === 0 ? 0 : value;
      else out[o++] = sqliteParameter(value, driver);
    }
    for (let k = 0; k < flags.length; k++) out[o++] = values[base + flags[k]!] === undefined ? 0 : 1;
  }
  bound.add(out);
  return out;
}

/**
 * Whether the first `count` values already are what {@link boundRowParameters} would make of
 * them (text, NULL, integers the column's affinity reads back exactly), so the batch binds
 * without a converted copy: the common batch, scanned instead of copied.
 */
function bindsAsItIs(values: readonly unknown[], count: number, exact: readonly boolean[]): boolean {
  const width = exact.length;
  for (let i = 0, c = 0; i < count; i++, c = c + 1 === width ? 0 : c + 1) {
    const value = values[i];
    if (typeof value === "string" || value === null) continue;
    if (typeof value !== "number" || exact[c] || !(Math.abs(value) < AFFINITY_EXACT_LIMIT) || Object.is(value, -0)) return false;
  }
  return true;
}

/** The parameters a client binds: converted here unless the dialect converted them per column. */
function clientParameters(parameters: unknown[], driver: "sqlite3" | "better-sqlite3"): unknown[] {
  return bound.has(parameters) ? parameters : sqliteParameters(parameters, driver);
}

/**
 * Whether a column of SQLite declared type `declared` keeps a bound integral REAL as a REAL or
 * text ("5.0"), so that it needs the exact integer: TEXT and NONE affinity (SQLite's rules:
 * INT → INTEGER; CHAR, CLOB, TEXT → TEXT; BLOB or no type → NONE; REAL, FLOA, DOUB → REAL; else NUMERIC).
 */
export function needsExactIntegers(declared: string): boolean {
  const type = declared.toUpperCase();
  if (type.includes("INT")) return false;
  if (type.includes("CHAR") || type.includes("CLOB") || type.includes("TEXT")) return true;
  if (type.includes("BLOB") || type.trim() === "") return true;
  return false; // REAL or NUMERIC
}

/** An integral number as the integer its literal is; other numbers (and REAL literals) stay as they are. */
function integerParameter(value: number, driver: "sqlite3" | "better-sqlite3"): unknown {
  if (!Number.isInteger(value) || Math.abs(value) >= INT64_LIMIT) return value;
  if (driver === "sqlite3") {
    // node-sqlite3 binds int32 as INTEGER (-0 as the 0 its literal is); larger ones go as the
    // literal's text, which every affinity but NONE reads back as the integer (NONE keeps the text:
    // node-sqlite3 has no int64 binding, and this path is only the fallback before SQLite 3.41)
    if (Object.is(value, -0)) return 0;
    return value >= INT32_MIN && value <= INT32_MAX ? value : String(value);
  }
  return Number.isSafeInteger(value) ? BigInt(value) : BigInt(String(value));
}

/** TypeORM's `DateUtils.mixedDateToUtcDatetimeString`, digit for digit (a 4-digit year). */
export function utcDatetimeText(date: Date): string {
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  const ms = date.getUTCMilliseconds();
  return (
    `${`0000${date.getUTCFullYear()}`.slice(-4)}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.${ms < 10 ? "00" : ms < 100 ? "0" : ""}${ms}`
  );
}

/** Runs statements on a node-sqlite3 connection (TypeORM 0.3 `type: "sqlite"`). */
export class Sqlite3Client implements DatabaseClient {
  constructor(private readonly db: Sqlite3Database) {}

  run(statement: SqlStatement, wantRows: boolean): Promise<ExecResult> {
    const parameters = clientParameters(statement.parameters, "sqlite3");
    return new Promise((resolve, reject) => {
      if (wantRows) {
        this.db.all(statement.sql, parameters, (err, rows) =>
          err ? reject(err) : resolve({ rows, affectedRows: rows.length }),
        );
      } else {
        this.db.run(statement.sql, parameters, function (err) {
          if (err) reject(err);
          else resolve({ rows: [], affectedRows: this.changes });
        });
      }
    });
  }
}

const STATEMENT_CACHE_SIZE = 32;

/**
 * Runs statements on a better-sqlite3 connection, keeping the prepared statements of recent
 * shapes. Values go as call arguments (`run(...values)`), which better-sqlite3's binder reads
 * faster than the elements of one array argument (about 8 % of a VALUES insert); never more
 * than SQLITE_MAX_VARIABLE_NUMBER of them, which the call stack takes.
 */
export class BetterSqlite3Client implements DatabaseClient {
  private readonly statements = new Map<string, BetterSqlite3Statement>();

  constructor(private readonly db: BetterSqlite3Database) {}

  run(statement: SqlStatement, wantRows: boolean): Promise<ExecResult> {
    try {
      const prepared = this.prepare(statement.sql);
      const parameters = clientParameters(statement.parameters, "better-sqlite3");
      if (wantRows) {
        const rows = prepared.all(...parameters);
        return Promise.resolve({ rows, affectedRows: rows.length });
      }
      return Promise.resolve({ rows: [], affectedRows: prepared.run(...parameters).changes });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private prepare(sql: string): BetterSqlite3Statement {
    let prepared = this.statements.get(sql);
    if (prepared === undefined) {
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.clear();
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }
}
