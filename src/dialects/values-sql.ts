import type { PlannedColumn } from "../metadata/column-plan";

/** `("a", "b")` for a column list. */
export function columnList(columns: readonly PlannedColumn[]): string {
  return `(${columns.map((c) => c.quotedName).join(", ")})`;
}

/**
 * The `VALUES (…), (…)` clause of a multi-row insert with `rowCount` rows of `width`
 * placeholders; `placeholder(n)` renders the n-th (1-based) one. Built with one array join,
 * never by repeated string concatenation.
 */
export function valuesClause(rowCount: number, width: number, placeholder: (n: number) => string): string {
  const rows = new Array<string>(rowCount);
  const cells = new Array<string>(width);
  let n = 0;
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < width; c++) cells[c] = placeholder(++n);
    rows[r] = `(${cells.join(", ")})`;
  }
  return `VALUES ${rows.join(", ")}`;
}

/** A small cache of built SQL text, keyed by statement shape; cleared when it grows past its bound. */
export class SqlCache {
  private readonly entries = new Map<string, string>();

  constructor(private readonly bound = 64) {}

  /** The cached text for `key`, built by `build` on a miss. */
  get(key: string, build: () => string): string {
    let sql = this.entries.get(key);
    if (sql === undefined) {
      if (this.entries.size >= this.bound) this.entries.clear();
      sql = build();
      this.entries.set(key, sql);
    }
    return sql;
  }
}

/** A key naming a batch's shape: which columns, how many rows, what trailer. */
export function shapeKey(columns: readonly PlannedColumn[], rowCount: number, suffix: string): string {
  return `${columns.map((c) => c.metadata.databaseName).join("\u0000")}|${rowCount}|${suffix}`;
}

/**
 * A statement with its `?` placeholders replaced by the literals `literal` renders, for dry
 * runs (identifiers and SQL text never contain `?`: identifiers here are all escaped names).
 */
export function inlineQuestionMarks(statement: { sql: string; parameters: readonly unknown[] }, literal: (value: unknown) => string): string {
  let next = 0;
  return statement.sql.replace(/\?/g, () => literal(statement.parameters[next++]));
}

/** An SQLite literal: strings quoted with '' doubled, blobs as X'…', booleans as 1/0. */
export function sqliteLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Uint8Array) return `X'${Buffer.from(value).toString("hex")}'`;
  return `'${String(value).replace(/'/g, "''")}'`;
}
