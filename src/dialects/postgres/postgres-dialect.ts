import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ColumnPlan } from "../../metadata/column-plan";
import type { ColumnMetadata } from "../../metadata/typeorm-types";
import type { SqlStatement } from "../../types";
import { BatchRowError, type BulkDialect, type DatabaseClient, type ExecResult, type InsertBatch, type InsertOutcome, type UpdateBatch } from "../dialect";
import { type Bookkeeping, keyMatch, onConflictClause, returningClause, sourceAliases, updateSetList } from "../on-conflict-sql";
import { columnList, shapeKey, SqlCache, valuesClause } from "../values-sql";
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
          "SELECT attname AS name, format_type(atttypid, NULL) AS type FROM pg_attribute " +
          "WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped",
        parameters: [plan.tableName],
      },
      true,
    );
    this.columnTypes.set(plan, new Map(rows.map((r) => [String(r["name"]), String(r["type"])])));
  }

  buildInsert(batch: InsertBatch): SqlStatement {
    return this.usesUnnest(batch.plan) ? this.unnestInsert(batch) : this.valuesInsert(batch);
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
    const { plan, keyColumns, setColumns, rowCount } = batch;
    const columns = [...keyColumns, ...setColumns];
    const unnest = this.usesUnnest(plan);
    const sql = this.sql.get(shapeKey(columns, unnest ? 0 : rowCount, `update ${plan.tableName}`), () => {
      const types = this.columnTypes.get(plan)!;
      const aliases = sourceAliases(columns.length).join(", ");
      const source = unnest
        ? `(SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${types.get(c.metadata.databaseName)}[]`).join(", ")}))`
        : `(${valuesClause(rowCount, columns.length, (n) => `$${n}::${types.get(columns[(n - 1) % columns.length]!.metadata.databaseName)}`)})`;
      const sets = updateSetList(plan, keyColumns.length, setColumns, "v.", BOOKKEEPING);
      return `UPDATE ${plan.tableName} AS t SET ${sets} FROM ${source} AS v(${aliases}) WHERE ${keyMatch(keyColumns, "t.", "v.")}`;
    });
    return { sql, parameters: unnest ? toColumnArrays(batch.values, columns.length, rowCount) : (batch.values as unknown[]) };
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

  private unnestInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, values } = batch;
    const parameters = toColumnArrays(values, columns.length, rowCount);
    const trailer = this.trailer(batch);
    const sql = this.sql.get(shapeKey(columns, 0, plan.tableName + trailer), () => {
      const types = this.columnTypes.get(plan)!;
      const arrays = columns.map((c, i) => `$${i + 1}::${types.get(c.metadata.databaseName)}[]`).join(", ");
      // With RETURNING, rows are fed in input order (ORDER BY the ordinality) and PostgreSQL's
      // ModifyTable node emits each RETURNING row as it inserts that row, so returned rows come
      // back in input order; ignored rows are matched by the dialect-independent code.
      const aliases = columns.map((_, i) => `c${i + 1}`);
      const source =
        batch.returning.length === 0
          ? `SELECT * FROM unnest(${arrays})`
          : `SELECT ${aliases.join(", ")} FROM unnest(${arrays}) WITH ORDINALITY AS u(${aliases.join(", ")}, ord) ORDER BY ord`;
      return `INSERT INTO ${plan.tableName} AS t ${columnList(columns)} ${source}${trailer}`;
    });
    return { sql, parameters };
  }

  private valuesInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount } = batch;
    const trailer = this.trailer(batch);
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
