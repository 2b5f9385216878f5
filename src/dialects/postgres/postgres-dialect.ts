import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ColumnPlan, PlannedColumn } from "../../metadata/column-plan";
import type { ColumnMetadata } from "../../metadata/typeorm-types";
import type { SqlStatement } from "../../types";
import { BatchRowError, type BulkDialect, type DatabaseClient, type ExecResult, type InsertBatch, type InsertOutcome, type UpdateBatch } from "../dialect";
import { type Bookkeeping, keyMatch, onConflictClause, returningClause, sourceAliases, updateSetList } from "../on-conflict-sql";
import { columnList, partialKey, shapeKey, SqlCache, valuesClause, valuesClauseWithDefaults, withPresenceFlags } from "../values-sql";
import { copyErrorLine, copyText } from "./copy-text";

/** The Bind message counts parameters in 16 bits; node-postgres wraps larger counts silently. */
const MAX_BIND_PARAMETERS = 65535;
/** Upserts and updates name the existing row `t`: a bare column name would be ambiguous with EXCLUDED. */
const BOOKKEEPING: Bookkeeping = { now: () => "CURRENT_TIMESTAMP", current: "t." };
/** RETURNING alias of `xmax = 0`, true for a row an upsert inserted rather than updated. */
const INSERTED_FLAG = "__typeorm_bulk_inserted";

/** The part of node-postgres' `Client`/`PoolClient` used here. */
interface PgClient {
  query(text: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  query<T extends Writable>(stream: T): T;
}

/** Rows from which `method: "auto"` takes COPY: below, one INSERT costs less than starting a COPY. */
const COPY_FROM_ROWS = 1000;

/**
 * PostgreSQL through node-postgres.
 *
 * Inserts send one array per column: `INSERT … SELECT * FROM unnest($1::int[], $2::text[])`.
 * A statement then has as many parameters as the table has columns, whatever its row count,
 * and the server parses one short statement instead of thousands of placeholders (measured
 * faster than multi-row VALUES). Columns of array type can't go through `unnest` (it would
 * flatten them), so entities with such columns use multi-row VALUES, clamped to 65 535 parameters.
 *
 * Upserts are `ON CONFLICT (target) DO UPDATE … RETURNING (xmax = 0)`: a freshly inserted row
 * version has no deleting transaction, an updated one does, which splits the count exactly.
 * Updates join the target table to the same unnest: `UPDATE … FROM (SELECT * FROM unnest(…)) v`.
 *
 * COPY (`method: "copy"`, or "auto" for plain inserts of large batches) streams the same
 * encoded values as COPY text through pg-copy-streams; see copy-text.ts.
 *
 * Rows may leave different columns out within one statement. Multi-row VALUES says `DEFAULT`
 * for an absent cell. The unnest path sends a `boolean[]` presence flag per such column and
 * selects `CASE WHEN flag THEN value ELSE (default)::type END`, with the column's default
 * expression from the catalog (`pg_attrdef`; an identity column's through its sequence's
 * `nextval`; none gives NULL), evaluated per row just as DEFAULT is. A GENERATED ALWAYS
 * identity column takes only DEFAULT, so such batches go through VALUES.
 *
 * Column types for the casts come from the catalog (`format_type` without type modifier, so
 * `varchar(20)` is cast to `varchar` and an over-long value still fails on assignment instead
 * of being truncated by the cast), read once per entity.
 */
export class PostgresDialect implements BulkDialect {
  readonly name = "postgres";
  readonly sharedConnection = false;
  readonly defaultBatchSize = 5000;
  // small batches make the planner hash-join against a full scan of the table, per statement
  readonly defaultUpdateBatchSize = 20_000;
  private readonly columnTypes = new WeakMap<ColumnPlan, ReadonlyMap<string, string>>();
  /** Per entity: each column's default expression (`null` for none) and whether it is GENERATED ALWAYS. */
  private readonly columnDefaults = new WeakMap<ColumnPlan, ReadonlyMap<string, { expression: string | null; always: boolean }>>();
  private readonly sql = new SqlCache();

  maxRowsPerStatement(plan: ColumnPlan, columnCount: number): number {
    if (this.usesUnnest(plan)) return Number.MAX_SAFE_INTEGER;
    return Math.max(1, Math.floor(MAX_BIND_PARAMETERS / Math.max(1, columnCount)));
  }

  async prepare(plan: ColumnPlan, client: DatabaseClient): Promise<void> {
    if (this.columnTypes.has(plan)) return;
    const { rows } = await client.run(
      {
        sql:
          "SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type, a.attidentity = 'a' AS always, " +
          "COALESCE(pg_get_expr(d.adbin, d.adrelid), CASE WHEN a.attidentity <> '' THEN " +
          "'nextval(' || quote_literal(pg_get_serial_sequence($1::text, a.attname)) || '::regclass)' END) AS dflt " +
          "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum " +
          "WHERE a.attrelid = $1::text::regclass AND a.attnum > 0 AND NOT a.attisdropped",
        parameters: [plan.tableName],
      },
      true,
    );
    this.columnTypes.set(plan, new Map(rows.map((r) => [String(r["name"]), String(r["type"])])));
    this.columnDefaults.set(
      plan,
      new Map(rows.map((r) => [String(r["name"]), { expression: r["dflt"] == null ? null : String(r["dflt"]), always: r["always"] === true }])),
    );
  }

  buildInsert(batch: InsertBatch): SqlStatement {
    return this.usesUnnest(batch.plan) && !this.needsDefaultKeyword(batch) ? this.unnestInsert(batch) : this.valuesInsert(batch);
  }

  async runInsert(client: DatabaseClient, batch: InsertBatch): Promise<InsertOutcome> {
    const upsert = batch.conflict.kind === "update";
    const outcome = await client.run(this.buildInsert(batch), upsert || batch.returning.length > 0);
    if (!upsert) {
      const inserted = batch.returning.length > 0 ? outcome.rows.length : outcome.affectedRows;
      return { rows: outcome.rows, inserted, updated: 0 };
    }
    let inserted = 0;
    for (const row of outcome.rows) if (row[INSERTED_FLAG] === true) inserted++;
    return { rows: outcome.rows, inserted, updated: outcome.rows.length - inserted };
  }

  buildUpdate(batch: UpdateBatch): SqlStatement {
    const { plan, keyColumns, setColumns, rowCount, partial } = batch;
    const columns = [...keyColumns, ...setColumns];
    const flagged = partial.map((i) => i + keyColumns.length);
    const width = columns.length + flagged.length;
    const unnest = this.usesUnnest(plan);
    const sql = this.sql.get(shapeKey(columns, unnest ? 0 : rowCount, `update ${plan.tableName}${partialKey(partial)}`), () => {
      const types = this.columnTypes.get(plan)!;
      // the row's cells, then a presence flag per partly-set column (withPresenceFlags' layout)
      const typeOf = (i: number) => (i < columns.length ? types.get(columns[i]!.metadata.databaseName)! : "boolean");
      const aliases = sourceAliases(columns.length, flagged).join(", ");
      const source = unnest
        ? `(SELECT * FROM unnest(${Array.from({ length: width }, (_, i) => `$${i + 1}::${typeOf(i)}[]`).join(", ")}))`
        : `(${valuesClause(rowCount, width, (n) => `$${n}::${typeOf((n - 1) % width)}`)})`;
      const sets = updateSetList(plan, keyColumns.length, setColumns, "v.", BOOKKEEPING, "", partial);
      return `UPDATE ${plan.tableName} AS t SET ${sets} FROM ${source} AS v(${aliases}) WHERE ${keyMatch(keyColumns, "t.", "v.")}`;
    });
    const values = partial.length === 0 ? batch.values : withPresenceFlags(batch.values, columns.length, rowCount, flagged);
    return { sql, parameters: unnest ? toColumnArrays(values, width, rowCount) : (values as unknown[]) };
  }

  readonly bulkLoadMethod = "copy";

  prefersBulkLoad(rowCount: number): boolean {
    return rowCount >= COPY_FROM_ROWS;
  }

  async bulkLoadRows(client: DatabaseClient, batch: InsertBatch): Promise<number> {
    const sql = `COPY ${batch.plan.tableName} ${columnList(batch.columns)} FROM STDIN`;
    try {
      return await client.streamIn!(sql, copyText(batch));
    } catch (error) {
      const line = copyErrorLine(error);
      if (line === undefined) throw error;
      throw new BatchRowError(`COPY line ${line}: ${(error as Error).message}`, line - 1, error);
    }
  }

  async afterExplicitKeys(plan: ColumnPlan, column: ColumnMetadata, client: DatabaseClient): Promise<void> {
    // Never moves a sequence backwards: GREATEST with its next value.
    const name = plan.quote(column.databaseName);
    await client.run(
      {
        sql:
          `SELECT setval(seq, GREATEST(nextval(seq), (SELECT COALESCE(MAX(${name}), 0) FROM ${plan.tableName}))) ` +
          "FROM (SELECT pg_get_serial_sequence($1, $2) AS seq) s WHERE seq IS NOT NULL",
        parameters: [plan.tableName, column.databaseName],
      },
      false,
    );
  }

  inline(statement: SqlStatement): string {
    // node-postgres' own text conversion (prepareValue: dates in local time, arrays as {…}) and escaping.
    const { escapeLiteral } = require("pg") as { escapeLiteral(value: string): string };
    const { prepareValue } = require("pg/lib/utils") as { prepareValue(value: unknown): unknown };
    return statement.sql.replace(/\$(\d+)/g, (_, n: string) => {
      const value = prepareValue(statement.parameters[Number(n) - 1]);
      if (value === null || value === undefined) return "NULL";
      return escapeLiteral(Buffer.isBuffer(value) ? `\\x${value.toString("hex")}` : String(value));
    });
  }

  client(native: unknown): DatabaseClient {
    return new PgDatabaseClient(native as PgClient);
  }

  /** ON CONFLICT and RETURNING; an upsert always returns its inserted-or-updated flag. */
  private trailer(batch: InsertBatch): string {
    const { plan, conflict } = batch;
    let returning = returningClause(plan, batch.returning);
    if (conflict.kind === "update") returning = `${returning ? `${returning}, ` : " RETURNING "}(xmax = 0) AS "${INSERTED_FLAG}"`;
    return onConflictClause(plan, conflict, BOOKKEEPING) + returning;
  }

  private usesUnnest(plan: ColumnPlan): boolean {
    const types = this.columnTypes.get(plan);
    if (types === undefined) return false;
    return plan.columns.every((c) => {
      const type = types.get(c.metadata.databaseName);
      return type !== undefined && !type.endsWith("]");
    });
  }

  /** Whether a partial column takes nothing but DEFAULT (GENERATED ALWAYS AS IDENTITY). */
  private needsDefaultKeyword(batch: InsertBatch): boolean {
    const defaults = this.columnDefaults.get(batch.plan);
    return batch.partial.some((j) => defaults?.get(batch.columns[j]!.metadata.databaseName)?.always === true);
  }

  private unnestInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, partial } = batch;
    const width = columns.length + partial.length;
    const values = partial.length === 0 ? batch.values : withPresenceFlags(batch.values, columns.length, rowCount, partial);
    const parameters = toColumnArrays(values, width, rowCount);
    const trailer = this.trailer(batch);
    const sql = this.sql.get(shapeKey(columns, 0, plan.tableName + trailer + partialKey(partial)), () => {
      const types = this.columnTypes.get(plan)!;
      const typeOf = (i: number) => types.get(columns[i]!.metadata.databaseName)!;
      const arrays = [...columns.map((_, i) => `$${i + 1}::${typeOf(i)}[]`), ...partial.map((_, k) => `$${columns.length + k + 1}::boolean[]`)].join(", ");
      const aliases = sourceAliases(columns.length, partial).join(", ");
      const select = columns.map((c, j) => (partial.includes(j) ? `CASE WHEN p${j + 1} THEN c${j + 1} ELSE ${this.defaultOf(plan, c, typeOf(j))} END` : `c${j + 1}`));
      // With RETURNING, rows are fed in input order (ORDER BY the ordinality) and PostgreSQL's
      // ModifyTable node emits each RETURNING row as it inserts that row, so returned rows come
      // back in input order; ignored rows are matched by the dialect-independent code. Defaults
      // in the select list (nextval) are evaluated row by row in that same order.
      const source =
        batch.returning.length === 0
          ? `SELECT ${select.join(", ")} FROM unnest(${arrays}) AS u(${aliases})`
          : `SELECT ${select.join(", ")} FROM unnest(${arrays}) WITH ORDINALITY AS u(${aliases}, ord) ORDER BY ord`;
      return `INSERT INTO ${plan.tableName} AS t ${columnList(columns)} ${source}${trailer}`;
    });
    return { sql, parameters };
  }

  /** The default expression of `column` cast to its type (NULL where it has none), as DEFAULT would give it. */
  private defaultOf(plan: ColumnPlan, column: PlannedColumn, type: string): string {
    const expression = this.columnDefaults.get(plan)?.get(column.metadata.databaseName)?.expression;
    return expression == null ? `NULL::${type}` : `(${expression})::${type}`;
  }

  private valuesInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, partial } = batch;
    const trailer = this.trailer(batch);
    if (partial.length > 0) {
      // which cells say DEFAULT differs from batch to batch: the text is built each time
      const { clause, parameters } = valuesClauseWithDefaults(batch.values, columns.length, rowCount, (n) => `$${n}`);
      return { sql: `INSERT INTO ${plan.tableName} AS t ${columnList(columns)} ${clause}${trailer}`, parameters };
    }
    const sql = this.sql.get(shapeKey(columns, rowCount, plan.tableName + trailer), () => {
      const values = valuesClause(rowCount, columns.length, (n) => `$${n}`);
      return `INSERT INTO ${plan.tableName} AS t ${columnList(columns)} ${values}${trailer}`;
    });
    return { sql, parameters: batch.values as unknown[] };
  }
}

/** Row-major values as one array per column, the shape `unnest` takes. */
function toColumnArrays(values: readonly unknown[], width: number, rowCount: number): unknown[][] {
  const arrays = new Array<unknown[]>(width);
  for (let c = 0; c < width; c++) {
    const column = new Array<unknown>(rowCount);
    for (let r = 0, i = c; r < rowCount; r++, i += width) column[r] = values[i];
    arrays[c] = column;
  }
  return arrays;
}

class PgDatabaseClient implements DatabaseClient {
  constructor(private readonly client: PgClient) {}

  async streamIn(sql: string, data: string): Promise<number> {
    const { from } = require("pg-copy-streams") as typeof import("pg-copy-streams");
    const stream = this.client.query(from(sql));
    await pipeline(Readable.from([data]), stream);
    return stream.rowCount;
  }

  async run(statement: SqlStatement, _wantRows: boolean): Promise<ExecResult> {
    const result = await this.client.query(statement.sql, statement.parameters);
    return { rows: result.rows, affectedRows: result.rowCount ?? 0 };
  }
}
