import { BulkError } from "../../errors";
import type { ColumnPlan, PlannedColumn } from "../../metadata/column-plan";
import type { ColumnMetadata } from "../../metadata/typeorm-types";
import type { SqlStatement } from "../../types";
import type { BulkDialect, DatabaseClient, InsertBatch, InsertOutcome, UpdateBatch } from "../dialect";
import {
  type Bookkeeping,
  countExistingKeys,
  keyMatch,
  onConflictClause,
  returningClause,
  sourceAliases,
  updateSetList,
} from "../on-conflict-sql";
import { columnList, inlineQuestionMarks, partialKey, shapeKey, SqlCache, sqliteLiteral, valuesClause, withPresenceFlags } from "../values-sql";
import { BetterSqlite3Client, Sqlite3Client, sqliteParameters } from "./sqlite-clients";

/** SQLITE_MAX_VARIABLE_NUMBER's default before SQLite 3.32.0. */
const LEGACY_MAX_VARIABLES = 999;
/** SQLITE_MAX_VARIABLE_NUMBER's default from SQLite 3.32.0 on. */
const MODERN_MAX_VARIABLES = 32766;
const BOOKKEEPING: Bookkeeping = { now: () => "CURRENT_TIMESTAMP", current: "" };

/**
 * SQLite through node-sqlite3 or better-sqlite3: one SQL dialect, two clients.
 *
 * Inserts are multi-row `INSERT … VALUES` with `?` placeholders, as many rows per statement
 * as the linked library's SQLITE_MAX_VARIABLE_NUMBER allows. Multi-row VALUES is not a
 * compound SELECT and builds no expression tree, so neither the 500-term compound limit nor
 * the 1 000-deep expression limit that breaks TypeORM's own re-select applies.
 *
 * Upserts are `ON CONFLICT (target) DO UPDATE`. SQLite's change count doesn't tell inserted
 * from updated rows, so an upsert first counts the target keys that already exist (exact:
 * SQLite has one writer, and the count runs in the same transaction).
 *
 * Updates are `WITH v(c1, …) AS (VALUES …) UPDATE … FROM v` (SQLite 3.33+).
 *
 * SQLite has no `DEFAULT` inside VALUES. A batch whose rows leave some columns out carries a
 * presence flag per such column and row, and inserts `INSERT … SELECT …, CASE WHEN flag THEN
 * value ELSE (declared default) END FROM (VALUES …) WHERE true`: the declared default is
 * `PRAGMA table_info`'s `dflt_value`, evaluated per row as an absent column's would be; a
 * column without one (the rowid alias too) gets NULL, which is what leaving it out gives.
 * (`WHERE true` resolves the parsing ambiguity of `SELECT … ON CONFLICT`.) An update takes
 * the value where the flag is set and keeps the column elsewhere.
 *
 * RETURNING (3.35+) emits rows in the order the VALUES rows are inserted, which is input order.
 */
export class SqliteDialect implements BulkDialect {
  readonly name = "sqlite";
  readonly sharedConnection = true;
  readonly defaultBatchSize = 500;
  readonly defaultUpdateBatchSize = 500;
  private maxVariables = LEGACY_MAX_VARIABLES;
  private probed = false;
  private readonly sql = new SqlCache();
  /** Per entity: each column's declared default expression (`null` for none). */
  private readonly defaults = new WeakMap<ColumnPlan, ReadonlyMap<string, string | null>>();

  constructor(private readonly driver: "sqlite3" | "better-sqlite3") {}

  maxRowsPerStatement(plan: ColumnPlan, columnCount: number): number {
    if (columnCount === 0 && rowidName(plan) === undefined) return 1; // DEFAULT VALUES inserts one row
    return Math.max(1, Math.floor(this.maxVariables / Math.max(1, columnCount)));
  }

  async prepare(plan: ColumnPlan, client: DatabaseClient): Promise<void> {
    if (!this.probed) {
      this.maxVariables = await probeMaxVariables(client);
      this.probed = true;
    }
    if (!this.defaults.has(plan)) {
      const { rows } = await client.run({ sql: `PRAGMA table_info(${plan.tableName})`, parameters: [] }, true);
      this.defaults.set(plan, new Map(rows.map((r) => [String(r["name"]), r["dflt_value"] == null ? null : String(r["dflt_value"])])));
    }
  }

  buildInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, partial } = batch;
    const trailer = onConflictClause(plan, batch.conflict, BOOKKEEPING) + returningClause(plan, batch.returning);
    // the placeholders are part of the shape: two entities may map one table with other column types
    const cells = columns.map(placeholderOf);
    const sql = this.sql.get(shapeKey(columns, rowCount, `${plan.tableName}${trailer}|${cells.join()}${partialKey(partial)}`), () => {
      if (columns.length === 0) return defaultsInsert(plan, rowCount, batch.conflict.kind, trailer);
      if (partial.length === 0) {
        const values = valuesClause(rowCount, cells.length, (n) => cells[(n - 1) % cells.length]!);
        return `INSERT INTO ${plan.tableName} ${columnList(columns)} ${values}${trailer}`;
      }
      // the row's cells, then a presence flag per partial column (withPresenceFlags' layout)
      const flagged = [...cells, ...partial.map(() => "?")];
      const values = valuesClause(rowCount, flagged.length, (n) => flagged[(n - 1) % flagged.length]!);
      const select = columns.map((c, j) => {
        const k = partial.indexOf(j);
        if (k < 0) return `column${j + 1}`;
        const fallback = this.defaults.get(plan)?.get(c.metadata.databaseName);
        return `CASE WHEN column${columns.length + k + 1} THEN column${j + 1} ELSE ${fallback == null ? "NULL" : `(${fallback})`} END`;
      });
      // "WHERE true" keeps SQLite from reading a following ON CONFLICT as the join's constraint
      return `INSERT INTO ${plan.tableName} ${columnList(columns)} SELECT ${select.join(", ")} FROM (${values}) WHERE true${trailer}`;
    });
    const parameters = partial.length === 0 ? (batch.values as unknown[]) : withPresenceFlags(batch.values, columns.length, rowCount, partial);
    return { sql, parameters };
  }

  async runInsert(client: DatabaseClient, batch: InsertBatch): Promise<InsertOutcome> {
    const existing = batch.conflict.kind === "update" ? await countExistingKeys(client, batch, (rows, width) => valuesClause(rows, width, () => "?")) : 0;
    const reading = batch.returning.length > 0;
    const outcome = await client.run(this.buildInsert(batch), reading);
    const changed = reading ? outcome.rows.length : outcome.affectedRows;
    return { rows: outcome.rows, inserted: changed - existing, updated: existing };
  }

  buildUpdate(batch: UpdateBatch): SqlStatement {
    const { plan, keyColumns, setColumns, rowCount, partial } = batch;
    const width = keyColumns.length + setColumns.length;
    const flagged = partial.map((i) => i + keyColumns.length);
    const cells = [...[...keyColumns, ...setColumns].map(placeholderOf), ...flagged.map(() => "?")];
    const sql = this.sql.get(shapeKey([...keyColumns, ...setColumns], rowCount, `update ${plan.tableName}|${cells.join()}${partialKey(partial)}`), () => {
      const values = valuesClause(rowCount, cells.length, (n) => cells[(n - 1) % cells.length]!);
      const sets = updateSetList(plan, keyColumns.length, setColumns, "v.", BOOKKEEPING, "", partial);
      const match = keyMatch(keyColumns, `${plan.tableName}.`, "v.");
      return `WITH v(${sourceAliases(width, flagged).join(", ")}) AS (${values}) UPDATE ${plan.tableName} SET ${sets} FROM v WHERE ${match}`;
    });
    const parameters = partial.length === 0 ? (batch.values as unknown[]) : withPresenceFlags(batch.values, width, rowCount, flagged);
    return { sql, parameters };
  }

  prefersBulkLoad(): boolean {
    return false; // SQLite has no bulk-load channel: multi-row VALUES in a transaction is its fastest path
  }

  async afterExplicitKeys(): Promise<void> {
    // SQLite moves its rowid/AUTOINCREMENT counter past explicit keys by itself.
  }

  inline(statement: SqlStatement): string {
    // the values as bound (better-sqlite3's conversion: integers stay numeric literals)
    return inlineQuestionMarks({ sql: statement.sql, parameters: sqliteParameters(statement.parameters, "better-sqlite3") }, sqliteLiteral);
  }

  unbindable(value: object, column: ColumnMetadata): string | undefined {
    if (ArrayBuffer.isView(value) || value instanceof Date) return undefined; // a blob; a Date is converted as TypeORM converts it
    // node-sqlite3 would store "[object Object]" and better-sqlite3 refuses: TypeORM fails or writes that text
    const what = Array.isArray(value) ? "an array" : "an object";
    return `${what} is not a value of a ${String(typeof column.type === "function" ? column.type.name : column.type)} column on SQLite`;
  }

  client(native: unknown): DatabaseClient {
    return this.driver === "sqlite3"
      ? new Sqlite3Client(native as ConstructorParameters<typeof Sqlite3Client>[0])
      : new BetterSqlite3Client(native as ConstructorParameters<typeof BetterSqlite3Client>[0]);
  }

}

/**
 * A value's placeholder, as TypeORM 1.x writes it: SQLite's `jsonb` type stores the JSONB blob
 * of the JSON text (TypeORM 0.3 has no `jsonb` type on SQLite).
 */
function placeholderOf(column: PlannedColumn): string {
  return column.metadata.type === "jsonb" ? "jsonb(?)" : "?";
}

/** The name under which `plan`'s table exposes its rowid (one its columns don't take), or none (WITHOUT ROWID). */
function rowidName(plan: ColumnPlan): string | undefined {
  if (plan.metadata.withoutRowid) return undefined;
  const taken = new Set(plan.metadata.columns.map((c) => c.databaseName.toLowerCase()));
  return ["rowid", "oid", "_rowid_"].find((name) => !taken.has(name));
}

/**
 * An INSERT of rows that leave every column to its default. `DEFAULT VALUES` takes one row and
 * no upsert clause, so several rows name the rowid, which NULL lets SQLite choose (as for an
 * INTEGER PRIMARY KEY, AUTOINCREMENT included).
 */
function defaultsInsert(plan: ColumnPlan, rowCount: number, conflict: InsertBatch["conflict"]["kind"], trailer: string): string {
  const rowid = rowidName(plan);
  if (rowid !== undefined) {
    const values = valuesClause(rowCount, 1, () => "NULL");
    return `INSERT INTO ${plan.tableName} (${plan.quote(rowid)}) ${values}${trailer}`;
  }
  if (conflict !== "error") {
    throw new BulkError(`${plan.entityName}: a row that sets no column can't take onConflict on a WITHOUT ROWID table`, {
      entity: plan.entityName,
    });
  }
  return `INSERT INTO ${plan.tableName} DEFAULT VALUES${trailer}`;
}

/** The linked library's bind-variable limit: its compile option if set, else the version's default. */
async function probeMaxVariables(client: DatabaseClient): Promise<number> {
  const options = await client.run({ sql: "PRAGMA compile_options", parameters: [] }, true);
  for (const row of options.rows) {
    const match = /^MAX_VARIABLE_NUMBER=(\d+)$/.exec(String(Object.values(row)[0]));
    if (match) return Number(match[1]);
  }
  const version = await client.run({ sql: "SELECT sqlite_version() AS v", parameters: [] }, true);
  const [major, minor] = String(version.rows[0]?.["v"]).split(".").map(Number);
  return major! > 3 || (major === 3 && minor! >= 32) ? MODERN_MAX_VARIABLES : LEGACY_MAX_VARIABLES;
}
