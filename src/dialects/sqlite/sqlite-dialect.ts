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
import { columnList, inlineQuestionMarks, partialColumnsWithNull, partialKey, shapeKey, SqlCache, sqliteLiteral, valuesClause } from "../values-sql";
import { jsonCellSql, jsonRows } from "./json-rows";
import { BetterSqlite3Client, boundRowParameters, needsExactIntegers, Sqlite3Client, sqliteParameters } from "./sqlite-clients";

/** Bytes of the JSON parameter of one statement, at most (approximately, as the batch writer counts). */
const JSON_STATEMENT_BYTES = 64 * 1024 * 1024;
/** SQLITE_MAX_VARIABLE_NUMBER's default before SQLite 3.32.0. */
const LEGACY_MAX_VARIABLES = 999;
/** SQLITE_MAX_VARIABLE_NUMBER's default from SQLite 3.32.0 on. */
const MODERN_MAX_VARIABLES = 32766;
const BOOKKEEPING: Bookkeeping = { now: () => "CURRENT_TIMESTAMP", current: "" };
/** The first SQLite with both `->>` (3.38) and `unhex` (3.41), which the JSON path needs. */
const JSON_PATH_VERSION = [3, 41] as const;
/**
 * The first SQLite with `jsonb_each`: it yields each row array as a JSONB blob, which `->>`
 * reads in place, where `json_each` renders it back to JSON text for `->>` to parse again.
 */
const JSONB_EACH_VERSION = [3, 45] as const;

/**
 * How a dialect sends a batch's rows: bound per value (`values`) or as one JSON parameter
 * (`json`, read by `jsonb_each` from SQLite 3.45 on; `json-text` always reads it with
 * `json_each`, as older libraries must, so that the tests cover that statement too).
 */
export type SqliteRowEncoding = "values" | "json" | "json-text";

/**
 * Rows per statement by default, per driver and path (chosen by `npm run bench` sweeps):
 * node-sqlite3 writes one JSON parameter per statement, better-sqlite3 binds per value.
 */
const DEFAULT_ROWS = {
  "sqlite3": { insert: 10000, update: 2000 },
  "better-sqlite3": { insert: 2000, update: 500 },
} as const;

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
 * SQLite has no `DEFAULT` inside VALUES. A batch whose rows leave some columns out inserts
 * `INSERT … SELECT … FROM (VALUES …) WHERE true`, where such a column is `COALESCE(value,
 * (declared default))` with the absent cells sent as NULL, or, where some row of the batch gives
 * it an explicit NULL, `CASE WHEN flag THEN value ELSE (declared default) END` with a presence
 * flag per row: the declared default is `PRAGMA table_info`'s `dflt_value`, evaluated per row
 * as an absent column's would be; a column without one (the rowid alias too) gets NULL, which
 * is what leaving it out gives.
 * (`WHERE true` resolves the parsing ambiguity of `SELECT … ON CONFLICT`.) An update takes
 * the value where the flag is set and keeps the column elsewhere.
 *
 * RETURNING (3.35+) emits rows in the order the VALUES rows are inserted, which is input order.
 *
 * node-sqlite3 spends most of a multi-row insert binding parameters one by one, so on it (from
 * SQLite 3.41) a batch is one JSON parameter instead (`json-rows.ts`): `INSERT … SELECT
 * value->>0, … FROM json_each(?)`, updates `WITH v AS (SELECT … FROM json_each(?))` (from 3.45,
 * `jsonb_each`, whose row values stay JSONB for `->>` instead of being rendered to text and
 * parsed again: a third of the statement's time on 3.44). The same
 * statements otherwise: presence flags and declared defaults, `WHERE true` before ON CONFLICT,
 * RETURNING in array order (json_each yields elements in order). One parameter lifts the
 * per-statement row limit; only an upsert's existing-key count still binds per value and runs
 * in slices. better-sqlite3 binds values fast enough that VALUES stays its fastest path.
 */
export class SqliteDialect implements BulkDialect {
  readonly name = "sqlite";
  readonly sharedConnection = true;
  readonly defaultBatchSize: number;
  readonly defaultUpdateBatchSize: number;
  private maxVariables = LEGACY_MAX_VARIABLES;
  private probed = false;
  /**
   * The table-valued function reading a batch sent as one JSON parameter (`jsonb_each` where
   * the library has it), or `undefined` when values are bound one by one; decided by the driver
   * and the library's version.
   */
  private jsonEach: "json_each" | "jsonb_each" | undefined;
  /** A path chosen by {@link useRowEncoding} instead of the driver's fastest. */
  private forcedEncoding: SqliteRowEncoding | undefined;
  private readonly sql = new SqlCache();
  /** Per entity: each column's declared default expression (`null` for none). */
  private readonly defaults = new WeakMap<ColumnPlan, ReadonlyMap<string, string | null>>();
  /** Per entity: the columns whose affinity (TEXT, NONE) needs integers bound exactly (see `boundRowParameters`). */
  private readonly exactColumns = new WeakMap<ColumnPlan, ReadonlySet<string>>();

  constructor(private readonly driver: "sqlite3" | "better-sqlite3") {
    this.defaultBatchSize = DEFAULT_ROWS[driver].insert;
    this.defaultUpdateBatchSize = DEFAULT_ROWS[driver].update;
  }

  /**
   * Sends batches bound per value or as one JSON parameter regardless of the driver (the
   * differential tests write both ways on both drivers); `undefined` goes back to the driver's
   * fastest. The JSON path still needs SQLite 3.41.
   */
  useRowEncoding(encoding: SqliteRowEncoding | undefined): void {
    this.forcedEncoding = encoding;
    this.probed = false;
  }

  /**
   * On the JSON path one parameter carries the whole batch, so only its size bounds a statement:
   * kept far below SQLite's 1 GB statement limit and V8's string limit, whatever `batchSize` says.
   */
  get maxStatementBytes(): number | undefined {
    return this.jsonEach ? JSON_STATEMENT_BYTES : undefined;
  }

  maxRowsPerStatement(plan: ColumnPlan, columnCount: number): number {
    if (columnCount === 0 && rowidName(plan) === undefined) return 1; // DEFAULT VALUES inserts one row
    // one JSON parameter: only the batch size (and SQLite's length limit) bounds a statement
    if (this.jsonEach) return Number.MAX_SAFE_INTEGER;
    return Math.max(1, Math.floor(this.maxVariables / Math.max(1, columnCount)));
  }

  async prepare(plan: ColumnPlan, client: DatabaseClient): Promise<void> {
    if (!this.probed) {
      const library = await probeLibrary(client);
      this.maxVariables = library.maxVariables;
      const wanted = this.forcedEncoding ?? (this.driver === "sqlite3" ? "json" : "values");
      this.jsonEach = jsonReader(wanted, library.version);
      this.probed = true;
    }
    if (!this.defaults.has(plan)) {
      const { rows } = await client.run({ sql: `PRAGMA table_info(${plan.tableName})`, parameters: [] }, true);
      this.defaults.set(plan, new Map(rows.map((r) => [String(r["name"]), r["dflt_value"] == null ? null : String(r["dflt_value"])])));
      this.exactColumns.set(plan, new Set(rows.filter((r) => needsExactIntegers(String(r["type"] ?? ""))).map((r) => String(r["name"]))));
    }
  }

  buildInsert(batch: InsertBatch): SqlStatement {
    return this.jsonEach ? this.jsonInsert(batch, this.jsonEach) : this.valuesInsert(batch);
  }

  async runInsert(client: DatabaseClient, batch: InsertBatch): Promise<InsertOutcome> {
    const existing = await this.countExisting(client, batch);
    const reading = batch.returning.length > 0;
    const outcome = await client.run(batch.statement ?? this.buildInsert(batch), reading);
    const changed = reading ? outcome.rows.length : outcome.affectedRows;
    return { rows: outcome.rows, inserted: changed - existing, updated: existing };
  }

  buildUpdate(batch: UpdateBatch): SqlStatement {
    return this.jsonEach ? this.jsonUpdate(batch, this.jsonEach) : this.valuesUpdate(batch);
  }

  /** Multi-row VALUES, a placeholder per value. */
  private valuesInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, partial } = batch;
    const trailer = insertTrailer(batch);
    // the placeholders are part of the shape: two entities may map one table with other column types
    const cells = columns.map(placeholderOf);
    // a partial column needs a presence flag only where some row gives it an explicit NULL;
    // elsewhere an absent cell travels as NULL and COALESCE applies the default
    const flagged = partialColumnsWithNull(batch);
    const sql = this.sql.get(shapeKey(columns, rowCount, `${plan.tableName}${trailer}|${cells.join()}${partialKey(partial)}|${flagged.join()}`), () => {
      if (columns.length === 0) return defaultsInsert(plan, rowCount, batch.conflict.kind, trailer);
      if (partial.length === 0) {
        const values = valuesClause(rowCount, cells.length, (n) => cells[(n - 1) % cells.length]!);
        return `INSERT INTO ${plan.tableName} ${columnList(columns)} ${values}${trailer}`;
      }
      // the row's cells, then a presence flag per flagged column (withPresenceFlags' layout)
      const row = [...cells, ...flagged.map(() => "?")];
      const values = valuesClause(rowCount, row.length, (n) => row[(n - 1) % row.length]!);
      const width = columns.length;
      return this.insertSelect(batch, flagged, (j) => `column${j + 1}`, (k) => `column${width + k + 1}`, `(${values})`, trailer);
    });
    return { sql, parameters: this.rowParameters(plan, columns, batch.values, rowCount, flagged) };
  }

  /**
   * A VALUES batch's parameters, converted per column once (its affinity decides whether an
   * integer must bind exactly), with presence flags for `flagged` row positions.
   */
  private rowParameters(plan: ColumnPlan, columns: readonly PlannedColumn[], values: readonly unknown[], rowCount: number, flagged: readonly number[]): unknown[] {
    // a table not read by `prepare` (none, today) binds every integer exactly
    const exactSet = this.exactColumns.get(plan);
    const exact = columns.map((c) => exactSet === undefined || exactSet.has(c.metadata.databaseName));
    return boundRowParameters(values, rowCount, exact, flagged, this.driver);
  }

  /** `INSERT … SELECT … FROM json_each(?)`: the whole batch as one JSON parameter. */
  private jsonInsert(batch: InsertBatch, jsonEach: string): SqlStatement {
    const { plan, columns, rowCount, partial } = batch;
    if (columns.length === 0) return this.valuesInsert(batch); // no values to carry
    const trailer = insertTrailer(batch);
    const flagged = partialColumnsWithNull(batch);
    const rows = jsonRows(batch.values, columns.length, rowCount, flagged, this.driver);
    const special = rows.special;
    const key = shapeKey(columns, 0, `${jsonEach} ${plan.tableName}${trailer}|${columns.map(placeholderOf).join()}${partialKey(partial)}|${flagged.join()}|${special.join()}`);
    const sql = this.sql.get(key, () => {
      const cell = (j: number) => cellOf(columns[j]!, jsonCellSql("value", j, special.includes(j)));
      return this.insertSelect(batch, flagged, cell, (k) => `value->>${columns.length + k}`, `${jsonEach}(?)`, trailer);
    });
    return { sql, parameters: [rows.text] };
  }

  /**
   * `INSERT … SELECT <cells> FROM <source> WHERE true<trailer>`, where a partial column takes its
   * declared default where its cell is absent: a `flagged` column where its presence flag is
   * unset, any other (no row gives it an explicit null, so absent travels as NULL) where the cell is NULL.
   */
  private insertSelect(
    batch: InsertBatch,
    flagged: readonly number[],
    cell: (j: number) => string,
    flag: (k: number) => string,
    source: string,
    trailer: string,
  ): string {
    const { plan, columns, partial } = batch;
    const select = columns.map((c, j) => {
      if (!partial.includes(j)) return cell(j);
      const fallback = this.defaults.get(plan)?.get(c.metadata.databaseName);
      const k = flagged.indexOf(j);
      if (k >= 0) return `CASE WHEN ${flag(k)} THEN ${cell(j)} ELSE ${fallback == null ? "NULL" : `(${fallback})`} END`;
      return fallback == null ? cell(j) : `COALESCE(${cell(j)}, (${fallback}))`;
    });
    // "WHERE true" keeps SQLite from reading a following ON CONFLICT as the join's constraint
    return `INSERT INTO ${plan.tableName} ${columnList(columns)} SELECT ${select.join(", ")} FROM ${source} WHERE true${trailer}`;
  }

  /**
   * How many of an upsert batch's target keys exist already. The count binds a value per key,
   * so a JSON batch bigger than the variable limit is counted in slices.
   */
  private async countExisting(client: DatabaseClient, batch: InsertBatch): Promise<number> {
    if (batch.conflict.kind !== "update") return 0;
    const tuples = (rows: number, width: number) => valuesClause(rows, width, () => "?");
    const perCount = Math.max(1, Math.floor(this.maxVariables / batch.conflict.target.length));
    const width = batch.columns.length;
    let existing = 0;
    for (let start = 0; start < batch.rowCount; start += perCount) {
      const rowCount = Math.min(perCount, batch.rowCount - start);
      const values = rowCount === batch.rowCount ? batch.values : batch.values.slice(start * width, (start + rowCount) * width);
      existing += await countExistingKeys(client, { ...batch, rowCount, values }, tuples);
    }
    return existing;
  }

  /** `WITH v(c1, …) AS (VALUES …) UPDATE … FROM v`, a placeholder per value. */
  private valuesUpdate(batch: UpdateBatch): SqlStatement {
    const { plan, keyColumns, setColumns, rowCount, partial } = batch;
    const flagged = partial.map((i) => i + keyColumns.length);
    const cells = [...[...keyColumns, ...setColumns].map(placeholderOf), ...flagged.map(() => "?")];
    const sql = this.sql.get(shapeKey([...keyColumns, ...setColumns], rowCount, `update ${plan.tableName}|${cells.join()}${partialKey(partial)}`), () => {
      const values = valuesClause(rowCount, cells.length, (n) => cells[(n - 1) % cells.length]!);
      return updateFrom(batch, values);
    });
    return { sql, parameters: this.rowParameters(plan, [...keyColumns, ...setColumns], batch.values, rowCount, flagged) };
  }

  /** `WITH v(c1, …) AS (SELECT value->>0, … FROM json_each(?)) UPDATE … FROM v`: one JSON parameter. */
  private jsonUpdate(batch: UpdateBatch, jsonEach: string): SqlStatement {
    const { plan, keyColumns, setColumns, rowCount, partial } = batch;
    const columns = [...keyColumns, ...setColumns];
    const flagged = partial.map((i) => i + keyColumns.length);
    const rows = jsonRows(batch.values, columns.length, rowCount, flagged, this.driver);
    const special = rows.special;
    const key = shapeKey(columns, 0, `${jsonEach} update ${plan.tableName}|${columns.map(placeholderOf).join()}${partialKey(partial)}|${special.join()}`);
    const sql = this.sql.get(key, () => {
      const cells = columns.map((c, j) => cellOf(c, jsonCellSql("value", j, special.includes(j))));
      cells.push(...flagged.map((_, k) => `value->>${columns.length + k}`));
      return updateFrom(batch, `SELECT ${cells.join(", ")} FROM ${jsonEach}(?)`);
    });
    return { sql, parameters: [rows.text] };
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

  /**
   * A COMMIT that SQLite refuses with a constraint error (a deferred foreign key) or because the
   * database is busy leaves the transaction open, and the call then rolls it back: nothing of it
   * is committed. (node-sqlite3 says `SQLITE_CONSTRAINT`, better-sqlite3 `SQLITE_CONSTRAINT_FOREIGNKEY`.)
   */
  commitRolledBack(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === "string" && /^SQLITE_(CONSTRAINT|BUSY)/.test(code);
  }

  client(native: unknown): DatabaseClient {
    return this.driver === "sqlite3"
      ? new Sqlite3Client(native as ConstructorParameters<typeof Sqlite3Client>[0])
      : new BetterSqlite3Client(native as ConstructorParameters<typeof BetterSqlite3Client>[0]);
  }

}

/** What follows an INSERT's rows: its conflict clause, then its RETURNING clause. */
function insertTrailer(batch: InsertBatch): string {
  return onConflictClause(batch.plan, batch.conflict, BOOKKEEPING) + returningClause(batch.plan, batch.returning);
}

/** The batch UPDATE joining the table to `rows` (VALUES or a SELECT), named `v(c1, …, p…)`. */
function updateFrom(batch: UpdateBatch, rows: string): string {
  const { plan, keyColumns, setColumns, partial } = batch;
  const flagged = partial.map((i) => i + keyColumns.length);
  const sets = updateSetList(plan, keyColumns.length, setColumns, "v.", BOOKKEEPING, "", partial);
  const match = keyMatch(keyColumns, `${plan.tableName}.`, "v.");
  return `WITH v(${sourceAliases(keyColumns.length + setColumns.length, flagged).join(", ")}) AS (${rows}) UPDATE ${plan.tableName} SET ${sets} FROM v WHERE ${match}`;
}

/**
 * A value's placeholder, as TypeORM 1.x writes it: SQLite's `jsonb` type stores the JSONB blob
 * of the JSON text (TypeORM 0.3 has no `jsonb` type on SQLite).
 */
function placeholderOf(column: PlannedColumn): string {
  return cellOf(column, "?");
}

/** The SQL storing `value` into `column`: as it is, or through `jsonb()` for a `jsonb` column. */
function cellOf(column: PlannedColumn, value: string): string {
  return column.metadata.type === "jsonb" ? `jsonb(${value})` : value;
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

/** What the linked SQLite library allows: its version, and its bind-variable limit. */
interface SqliteLibrary {
  readonly version: readonly number[];
  readonly maxVariables: number;
}

/** The library's version, and its bind-variable limit: its compile option if set, else the version's default. */
async function probeLibrary(client: DatabaseClient): Promise<SqliteLibrary> {
  const found = await client.run({ sql: "SELECT sqlite_version() AS v", parameters: [] }, true);
  const version = String(found.rows[0]?.["v"]).split(".").map(Number);
  const options = await client.run({ sql: "PRAGMA compile_options", parameters: [] }, true);
  for (const row of options.rows) {
    const match = /^MAX_VARIABLE_NUMBER=(\d+)$/.exec(String(Object.values(row)[0]));
    if (match) return { version, maxVariables: Number(match[1]) };
  }
  return { version, maxVariables: atLeast(version, [3, 32]) ? MODERN_MAX_VARIABLES : LEGACY_MAX_VARIABLES };
}

/** The function reading a JSON batch for `encoding` on this library version; `undefined` binds per value. */
function jsonReader(encoding: SqliteRowEncoding, version: readonly number[]): "json_each" | "jsonb_each" | undefined {
  if (encoding === "values" || !atLeast(version, JSON_PATH_VERSION)) return undefined;
  return encoding === "json" && atLeast(version, JSONB_EACH_VERSION) ? "jsonb_each" : "json_each";
}

/** Whether `version` is `wanted` or later. */
function atLeast(version: readonly number[], wanted: readonly number[]): boolean {
  for (let i = 0; i < wanted.length; i++) {
    const part = version[i] ?? 0;
    if (part !== wanted[i]) return part > wanted[i]!;
  }
  return true;
}
