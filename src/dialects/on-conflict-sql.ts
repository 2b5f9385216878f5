import type { ColumnPlan } from "../metadata/column-plan";
import type { ColumnMetadata } from "../metadata/typeorm-types";
import type { ConflictPlan } from "./dialect";

/**
 * The `ON CONFLICT …` clause shared by PostgreSQL and SQLite (same syntax on both).
 * `now` is the dialect's current-timestamp expression for `@UpdateDateColumn`.
 */
export function onConflictClause(plan: ColumnPlan, conflict: ConflictPlan, now: string): string {
  if (conflict.kind === "error") return "";
  if (conflict.kind === "ignore") return " ON CONFLICT DO NOTHING";
  const target = conflict.target.map((c) => plan.quote(c.databaseName)).join(", ");
  const sets = conflict.update.map((c) => {
    const name = plan.quote(c.databaseName);
    return `${name} = EXCLUDED.${name}`;
  });
  sets.push(...bookkeepingSets(plan, conflict.update, now));
  return ` ON CONFLICT (${target}) DO UPDATE SET ${sets.join(", ")}`;
}

/**
 * `SET` items that TypeORM's own update adds: `@UpdateDateColumn` to now and `@VersionColumn`
 * plus one, unless the caller sets them explicitly.
 */
export function bookkeepingSets(plan: ColumnPlan, explicit: readonly ColumnMetadata[], now: string): string[] {
  const sets: string[] = [];
  for (const column of plan.metadata.columns) {
    if (explicit.includes(column)) continue;
    const name = plan.quote(column.databaseName);
    if (column.isUpdateDate) sets.push(`${name} = ${now}`);
    else if (column.isVersion) sets.push(`${name} = ${plan.tableName}.${name} + 1`);
  }
  return sets;
}

/** ` RETURNING "a", "b"`, or nothing for no columns. */
export function returningClause(plan: ColumnPlan, columns: readonly ColumnMetadata[]): string {
  if (columns.length === 0) return "";
  return ` RETURNING ${columns.map((c) => plan.quote(c.databaseName)).join(", ")}`;
}
