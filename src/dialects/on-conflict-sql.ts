import type { ColumnPlan, PlannedColumn } from "../metadata/column-plan";
import type { ColumnMetadata } from "../metadata/typeorm-types";
import type { ConflictPlan, DatabaseClient, InsertBatch } from "./dialect";

// SQL clauses shared by several dialects.

/** The dialect's current-timestamp expression for an `@UpdateDateColumn`. */
export type NowExpression = (column: ColumnMetadata) => string;

/** Bookkeeping options: the current time, and how to name the existing row's columns. */
export interface Bookkeeping {
  readonly now: NowExpression;
  /** Qualifier of the existing row (`t.` in PostgreSQL, where a bare name would be ambiguous). */
  readonly current: string;
}

/**
 * The `ON CONFLICT …` clause shared by PostgreSQL and SQLite (same syntax on both). `ignore`
 * skips rows that hit any unique constraint; an upsert overwrites the chosen columns from
 * `EXCLUDED` and moves `@UpdateDateColumn`/`@VersionColumn` as TypeORM's update does.
 */
export function onConflictClause(plan: ColumnPlan, conflict: ConflictPlan, bookkeeping: Bookkeeping): string {
  if (conflict.kind === "error") return "";
  if (conflict.kind === "ignore") return " ON CONFLICT DO NOTHING";
  const target = conflict.target.map((c) => plan.quote(c.databaseName)).join(", ");
  const sets = conflict.update.map((c) => {
    const name = plan.quote(c.databaseName);
    return `${name} = EXCLUDED.${name}`;
  });
  sets.push(...bookkeepingSets(plan, conflict.update, bookkeeping));
  return ` ON CONFLICT (${target}) DO UPDATE SET ${sets.join(", ")}`;
}

/**
 * `SET` items that TypeORM's own update adds: `@UpdateDateColumn` to now and `@VersionColumn`
 * plus one, unless the caller sets them explicitly.
 */
export function bookkeepingSets(plan: ColumnPlan, explicit: readonly ColumnMetadata[], bookkeeping: Bookkeeping): string[] {
  const sets: string[] = [];
  for (const column of plan.metadata.columns) {
    if (explicit.includes(column)) continue;
    const value = bookkeepingValue(plan, column, bookkeeping);
    if (value !== undefined) sets.push(`${plan.quote(column.databaseName)} = ${value}`);
  }
  return sets;
}

/** What an update sets `column` to when the row doesn't: now, version plus one, or nothing. */
function bookkeepingValue(plan: ColumnPlan, column: ColumnMetadata, bookkeeping: Bookkeeping): string | undefined {
  if (column.isUpdateDate) return bookkeeping.now(column);
  if (column.isVersion) return `${bookkeeping.current}${plan.quote(column.databaseName)} + 1`;
  return undefined;
}

/**
 * The SET list of a batch UPDATE: each set column from the derived table's `cN` column
 * (`sourcePrefix` + N, counted after the key columns), plus the bookkeeping columns. A
 * `partial` set column (index into `setColumns`) takes `cN` only where its presence flag `pN`
 * is true, and elsewhere keeps its value (or moves as bookkeeping, as TypeORM's update of that
 * row would move it).
 */
export function updateSetList(
  plan: ColumnPlan,
  keyCount: number,
  setColumns: readonly PlannedColumn[],
  sourcePrefix: string,
  bookkeeping: Bookkeeping,
  targetPrefix = "",
  partial: readonly number[] = [],
): string {
  const sets = setColumns.map((c, i) => {
    const value = `${sourcePrefix}c${keyCount + i + 1}`;
    if (!partial.includes(i)) return `${targetPrefix}${c.quotedName} = ${value}`;
    const otherwise = bookkeepingValue(plan, c.metadata, bookkeeping) ?? `${bookkeeping.current}${c.quotedName}`;
    return `${targetPrefix}${c.quotedName} = CASE WHEN ${sourcePrefix}p${keyCount + i + 1} THEN ${value} ELSE ${otherwise} END`;
  });
  const extra = bookkeepingSets(plan, setColumns.map((c) => c.metadata), bookkeeping);
  sets.push(...extra.map((set) => targetPrefix + set));
  return sets.join(", ");
}

/** `t."id" = v.c1 AND …`: the key match of a batch UPDATE. */
export function keyMatch(keyColumns: readonly PlannedColumn[], target: string, source: string): string {
  return keyColumns.map((c, i) => `${target}${c.quotedName} = ${source}c${i + 1}`).join(" AND ");
}

/**
 * `c1, c2, …` for `count` columns: the derived table's column names, then `pN` for the
 * presence flag of each column of `partial` (0-based indexes into the row), as
 * `withPresenceFlags` lays them out.
 */
export function sourceAliases(count: number, partial: readonly number[] = []): string[] {
  const aliases = Array.from({ length: count }, (_, i) => `c${i + 1}`);
  for (const c of partial) aliases.push(`p${c + 1}`);
  return aliases;
}

/** ` RETURNING "a", "b"`, or nothing for no columns. */
export function returningClause(plan: ColumnPlan, columns: readonly ColumnMetadata[]): string {
  if (columns.length === 0) return "";
  return ` RETURNING ${columns.map((c) => plan.quote(c.databaseName)).join(", ")}`;
}

/**
 * The values of the conflict-target columns of every row of a batch, for a count of the rows
 * that already exist; `undefined` when a target column is absent from the batch (nothing can
 * conflict on it).
 */
function targetValues(
  columns: readonly PlannedColumn[],
  values: readonly unknown[],
  rowCount: number,
  target: readonly ColumnMetadata[],
): unknown[] | undefined {
  const positions = target.map((t) => columns.findIndex((c) => c.metadata === t));
  if (positions.some((p) => p < 0)) return undefined;
  const width = columns.length;
  const out: unknown[] = [];
  rows: for (let r = 0; r < rowCount; r++) {
    // a row leaving a target column out gets its default: it is counted as new, as before
    for (const p of positions) if (values[r * width + p] === undefined) continue rows;
    for (const p of positions) out.push(values[r * width + p]);
  }
  return out.length === 0 ? undefined : out;
}

/**
 * `SELECT COUNT(*) …`: how many rows of the table already hold one of `rowCount` target keys,
 * run just before an upsert where the database can't say afterwards which rows it updated.
 * `rowValues` renders the list of key tuples in the dialect's syntax.
 */
function existingCountSql(
  plan: ColumnPlan,
  target: readonly ColumnMetadata[],
  rowCount: number,
  rowValues: (rowCount: number, width: number) => string,
): string {
  const columns = target.map((c) => plan.quote(c.databaseName));
  const left = columns.length === 1 ? columns[0]! : `(${columns.join(", ")})`;
  const right = columns.length === 1 ? Array.from({ length: rowCount }, () => "?").join(", ") : rowValues(rowCount, columns.length);
  return `SELECT COUNT(*) AS n FROM ${plan.tableName} WHERE ${left} IN (${right})`;
}

/**
 * How many rows of an upsert batch's conflict target already exist, counted just before the
 * upsert, for databases that can't say afterwards which rows they updated.
 * `rowValues` renders the list of key tuples in the dialect's syntax.
 */
export async function countExistingKeys(
  client: DatabaseClient,
  batch: InsertBatch,
  rowValues: (rowCount: number, width: number) => string,
): Promise<number> {
  if (batch.conflict.kind !== "update") return 0;
  const keys = targetValues(batch.columns, batch.values, batch.rowCount, batch.conflict.target);
  if (keys === undefined) return 0;
  const sql = existingCountSql(batch.plan, batch.conflict.target, keys.length / batch.conflict.target.length, rowValues);
  const { rows } = await client.run({ sql, parameters: keys }, true);
  return Number(rows[0]?.["n"] ?? 0);
}
