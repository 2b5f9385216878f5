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

/**
 * The `VALUES` clause of a batch whose rows leave some cells out: `DEFAULT` for an absent
 * (`undefined`) cell, a placeholder for each given one, numbered over the given cells only.
 * Built per batch (the text depends on which cells are absent).
 */
export function valuesClauseWithDefaults(
  values: readonly unknown[],
  width: number,
  rowCount: number,
  placeholder: (n: number, column: number) => string,
): { clause: string; parameters: unknown[] } {
  const rows = new Array<string>(rowCount);
  const cells = new Array<string>(width);
  const parameters: unknown[] = [];
  for (let r = 0, i = 0; r < rowCount; r++) {
    for (let c = 0; c < width; c++, i++) {
      const value = values[i];
      if (value === undefined) cells[c] = "DEFAULT";
      else cells[c] = placeholder(parameters.push(value), c);
    }
    rows[r] = `(${cells.join(", ")})`;
  }
  return { clause: `VALUES ${rows.join(", ")}`, parameters };
}

/**
 * A batch's values laid out for a statement that carries absence as data: each row's cells
 * (`null` for an absent one), then one presence flag (1 given, 0 absent) per column of
 * `partial` (indexes into the row). The flag of column `j` is named `p{j+1}` by the SQL.
 */
export function withPresenceFlags(values: readonly unknown[], width: number, rowCount: number, partial: readonly number[]): unknown[] {
  const out = new Array<unknown>(rowCount * (width + partial.length));
  let o = 0;
  for (let r = 0, base = 0; r < rowCount; r++, base += width) {
    for (let c = 0; c < width; c++) {
      const value = values[base + c];
      out[o++] = value === undefined ? null : value;
    }
    for (const c of partial) out[o++] = values[base + c] === undefined ? 0 : 1;
  }
  return out;
}

/**
 * The partial columns (indexes into the batch's columns) that some row gives an explicit NULL:
 * where an absent cell (the column's default) can't travel as NULL, since NULL must stay NULL.
 */
export function partialColumnsWithNull(batch: { readonly columns: readonly unknown[]; readonly rowCount: number; readonly values: readonly unknown[]; readonly partial: readonly number[] }): number[] {
  const { partial, values, rowCount } = batch;
  const width = batch.columns.length;
  return partial.filter((j) => {
    for (let i = j; i < rowCount * width; i += width) if (values[i] === null) return true;
    return false;
  });
}

/** A cache-key part naming which columns of a batch some rows leave out. */
export function partialKey(partial: readonly number[]): string {
  return partial.length === 0 ? "" : `|partial ${partial.join(",")}`;
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
