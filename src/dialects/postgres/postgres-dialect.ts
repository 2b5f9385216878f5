import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { BulkError } from "../../errors";
import type { ColumnPlan, PlannedColumn } from "../../metadata/column-plan";
import type { ColumnMetadata } from "../../metadata/typeorm-types";
import type { SqlStatement } from "../../types";
import { BatchRowError, type BulkDialect, type DatabaseClient, type ExecResult, type InsertBatch, type InsertOutcome, type UpdateBatch } from "../dialect";
import { type Bookkeeping, keyMatch, onConflictClause, returningClause, sourceAliases, updateSetList } from "../on-conflict-sql";
import { columnList, partialKey, shapeKey, SqlCache, valuesClause, valuesClauseWithDefaults, withPresenceFlags } from "../values-sql";
import { readTable, type PgColumn, type PgTable } from "./catalog";
import { copyErrorLine, copyText, withKeyDetail } from "./copy-text";
import { copyCsv } from "./copy-file";
import { prepareValue, refusal, unbindableValue, unnestElement } from "./pg-values";

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
 * flatten them), nor can types whose arrays aren't comma-separated (box), so entities with
 * such columns use multi-row VALUES, clamped to 65 535 parameters.
 *
 * Upserts are `ON CONFLICT (target) DO UPDATE … RETURNING (xmax = 0)`: a freshly inserted row
 * version has no deleting transaction, an updated one does, which splits the count exactly.
 * Updates join the target table to the same unnest: `UPDATE … FROM (SELECT * FROM unnest(…)) v`.
 *
 * COPY (`method: "copy"`, or "auto" for plain inserts of large batches) streams the same
 * encoded values as COPY text through pg-copy-streams; see copy-text.ts.
 *
 * Column types for the casts come from the catalog, read once per entity (see catalog.ts): the
 * type without modifier, so `varchar(20)` is cast to `varchar` and an over-long value still
 * fails on assignment instead of being truncated by the cast; `char(n)` and `bit(n)` go through
 * `bpchar` and `varbit`, whose bare names, unlike `character` and `bit`, mean "any width".
 *
 * Rows may leave different columns out within one statement. Multi-row VALUES says `DEFAULT`
 * for an absent cell. The unnest path sends a `boolean[]` presence flag per such column and
 * selects `CASE WHEN flag THEN value ELSE (default)::type END`, with the column's default
 * expression from the catalog (`pg_attrdef`; an identity column's through its sequence's
 * `nextval`; none gives NULL), evaluated per row just as DEFAULT is. A GENERATED ALWAYS
 * identity column takes only DEFAULT, so such batches go through VALUES. A row that leaves
 * every column to its default is `INSERT … (c) VALUES (DEFAULT), …`; COPY can't express absent
 * cells and sends an INSERT instead.
 *
 * Explicit values written into a serial or identity column move its sequence past them after
 * each batch (never backwards), so that a later ordinary insert doesn't collide, whatever
 * happens to later batches.
 */
export class PostgresDialect implements BulkDialect {
  readonly name = "postgres";
  readonly sharedConnection = false;
  readonly defaultBatchSize = 5000;
  // small batches make the planner hash-join against a full scan of the table, per statement
  readonly defaultUpdateBatchSize = 20_000;
  private readonly tables = new WeakMap<ColumnPlan, PgTable>();
  /** The catalog entry of each column of a prepared plan, for `unbindable`. */
  private readonly catalogColumns = new WeakMap<ColumnMetadata, PgColumn>();
  private readonly sql = new SqlCache();

  maxRowsPerStatement(plan: ColumnPlan, columnCount: number): number {
    // an all-defaults insert binds nothing; the bound keeps its text reasonable
    if (columnCount === 0) return MAX_BIND_PARAMETERS;
    if (this.usesUnnest(plan)) return Number.MAX_SAFE_INTEGER;
    return Math.max(1, Math.floor(MAX_BIND_PARAMETERS / columnCount));
  }

  async prepare(plan: ColumnPlan, client: DatabaseClient): Promise<void> {
    if (this.tables.has(plan)) return;
    const table = await readTable(plan, client);
    this.tables.set(plan, table);
    for (const column of plan.metadata.columns) {
      const entry = table.columns.get(column.databaseName);
      if (entry !== undefined) this.catalogColumns.set(column, entry);
    }
  }

  unbindable(value: object, column: ColumnMetadata): string | undefined {
    return unbindableValue(value, this.catalogColumns.get(column));
  }

  buildInsert(batch: InsertBatch): SqlStatement {
    if (batch.columns.length === 0) return this.defaultsInsert(batch);
    return this.usesUnnest(batch.plan) && !this.needsDefaultKeyword(batch) ? this.unnestInsert(batch) : this.valuesInsert(batch);
  }

  async runInsert(client: DatabaseClient, batch: InsertBatch): Promise<InsertOutcome> {
    const upsert = batch.conflict.kind === "update";
    const outcome = await client.run(batch.statement ?? this.buildInsert(batch), upsert || batch.returning.length > 0);
    await this.moveSequences(client, batch);
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
      // the row's cells, then a presence flag per partly-set column (withPresenceFlags' layout)
      const casts = [...this.columnsOf(plan, columns).map((c) => c.cast), ...flagged.map(() => "boolean")];
      const aliases = sourceAliases(columns.length, flagged).join(", ");
      const source = unnest
        ? `(SELECT * FROM unnest(${casts.map((cast, i) => `$${i + 1}::${cast}[]`).join(", ")}))`
        : `(${valuesClause(rowCount, width, (n) => `$${n}::${casts[(n - 1) % width]}`)})`;
      const sets = updateSetList(plan, keyColumns.length, setColumns, "v.", BOOKKEEPING, "", partial);
      return `UPDATE ${plan.tableName} AS t SET ${sets} FROM ${source} AS v(${aliases}) WHERE ${keyMatch(keyColumns, "t.", "v.")}`;
    });
    const values = partial.length === 0 ? batch.values : withPresenceFlags(batch.values, columns.length, rowCount, flagged);
    return { sql, parameters: unnest ? this.columnArrays(plan, columns, values, rowCount, flagged.length) : (values as unknown[]) };
  }

  readonly bulkLoadMethod = "copy";
  readonly loadCsv = copyCsv;

  prefersBulkLoad(batch: InsertBatch): boolean {
    // COPY takes one column list: rows leaving columns out (their defaults) go by INSERT
    return batch.partial.length === 0 && batch.rowCount >= COPY_FROM_ROWS;
  }

  async bulkLoadRows(client: DatabaseClient, batch: InsertBatch): Promise<number> {
    // COPY has no way to say "every column's default"
    if (batch.columns.length === 0) return (await client.run(this.defaultsInsert(batch), false)).affectedRows;
    const table = this.tables.get(batch.plan)!;
    const columns = this.columnsOf(batch.plan, batch.columns);
    refuseIdentityAlways(batch.columns, columns);
    const sql = `COPY ${batch.plan.tableName} ${columnList(batch.columns)} FROM STDIN`;
    let copied: number;
    try {
      copied = await client.streamIn!(sql, copyText(batch, columns));
    } catch (error) {
      const line = copyErrorLine(error, table.relname);
      if (line === undefined) throw error;
      throw new BatchRowError(`COPY line ${line}: ${(error as Error).message}`, line - 1, error);
    }
    await this.moveSequences(client, batch);
    return copied;
  }

  async afterExplicitKeys(_plan: ColumnPlan, _column: ColumnMetadata, _client: DatabaseClient): Promise<void> {
    // Nothing left to do: every batch moved its sequences (moveSequences) as soon as it was written.
  }

  inline(statement: SqlStatement): string {
    // node-postgres' own text conversion (prepareValue: dates in local time, arrays as {…}) and escaping.
    const { escapeLiteral } = require("pg") as { escapeLiteral(value: string): string };
    return statement.sql.replace(/\$(\d+)/g, (_, n: string) => {
      const value = prepareValue(statement.parameters[Number(n) - 1]);
      if (value === null || value === undefined) return "NULL";
      return escapeLiteral(Buffer.isBuffer(value) ? `\\x${value.toString("hex")}` : String(value));
    });
  }

  /**
   * The server answered COMMIT with an integrity (SQLSTATE class 23: a deferred constraint) or
   * transaction-rollback (class 40: a serialization failure) error: PostgreSQL has rolled the
   * transaction back. Anything else (a lost connection, an administrator's termination) is unknown.
   */
  commitRolledBack(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === "string" && /^(23|40)[0-9A-Z]{3}$/.test(code);
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
    const table = this.tables.get(plan);
    if (table === undefined) return false;
    return plan.columns.every((c) => {
      const column = table.columns.get(c.metadata.databaseName);
      return column !== undefined && column.unnestable;
    });
  }

  /** The catalog entries of `columns`, in order. */
  private columnsOf(plan: ColumnPlan, columns: readonly PlannedColumn[]): PgColumn[] {
    const table = this.tables.get(plan)!;
    return columns.map((c) => {
      const column = table.columns.get(c.metadata.databaseName);
      if (column === undefined) {
        throw new BulkError(`${plan.entityName}: table ${plan.tableName} has no column "${c.metadata.databaseName}"`, { entity: plan.entityName });
      }
      return column;
    });
  }

  /**
   * Row-major values as one array per column, the shape `unnest` takes, each value as its own
   * parameter would be sent; each row may end in `flags` presence flags (withPresenceFlags).
   */
  private columnArrays(plan: ColumnPlan, columns: readonly PlannedColumn[], values: readonly unknown[], rowCount: number, flags = 0): unknown[][] {
    const pgColumns = this.columnsOf(plan, columns);
    const width = columns.length + flags;
    const arrays = new Array<unknown[]>(width);
    let c = 0;
    let r = 0;
    try {
      for (c = 0; c < width; c++) {
        const column = new Array<unknown>(rowCount);
        for (r = 0; r < rowCount; r++) {
          const value = values[r * width + c];
          column[r] = typeof value === "object" && value !== null ? unnestElement(value, pgColumns[c]!) : value;
        }
        arrays[c] = column;
      }
    } catch (error) {
      throw refusal(error, plan.entityName, columns[c]!, r);
    }
    return arrays;
  }

  /**
   * Moves the sequence of each serial or identity column the batch wrote explicit values into
   * past the largest of them, unless it is there already (never backwards).
   */
  private async moveSequences(client: DatabaseClient, batch: InsertBatch): Promise<void> {
    for (const statement of this.insertFollowUps(batch)) await client.run(statement, false);
  }

  /** The statements moving sequences past a batch's explicit keys (see {@link moveSequences}). */
  insertFollowUps(batch: InsertBatch): SqlStatement[] {
    const width = batch.columns.length;
    if (width === 0) return [];
    const columns = this.columnsOf(batch.plan, batch.columns);
    const statements: SqlStatement[] = [];
    for (let c = 0; c < width; c++) {
      const sequence = columns[c]!.sequenceName;
      if (sequence === null) continue;
      const max = largestInteger(batch.values, width, c);
      if (max !== undefined) statements.push({ sql: SET_SEQUENCE_SQL, parameters: [sequence, max.toString()] });
    }
    return statements;
  }

  /**
   * ` OVERRIDING SYSTEM VALUE` for an upsert keyed on a `GENERATED ALWAYS` identity column it
   * gives values for: saving a loaded entity by its key updates the stored row, as
   * `repository.save` does, where a plain INSERT … ON CONFLICT is refused before any conflict
   * is seen. (A key not stored yet is then inserted as given.) Nothing otherwise: INSERT then
   * refuses explicit identity values as TypeORM's insert does. The SQL cache key covers it
   * (columns and ON CONFLICT target).
   */
  private overriding(batch: InsertBatch): string {
    const { conflict } = batch;
    if (conflict.kind !== "update") return "";
    const table = this.tables.get(batch.plan)!;
    const keyed = batch.columns.some(
      (c) => table.columns.get(c.metadata.databaseName)?.identityAlways === true && conflict.target.includes(c.metadata),
    );
    return keyed ? " OVERRIDING SYSTEM VALUE" : "";
  }

  /** `INSERT … (c) VALUES (DEFAULT), …`: rows that leave every column to its default. */
  private defaultsInsert(batch: InsertBatch): SqlStatement {
    const { plan, rowCount } = batch;
    const trailer = this.trailer(batch);
    const sql = this.sql.get(shapeKey([], rowCount, `defaults ${plan.tableName}${trailer}`), () => {
      const column = plan.quote(this.tables.get(plan)!.anyColumn);
      return `INSERT INTO ${plan.tableName} AS t (${column}) VALUES ${new Array<string>(rowCount).fill("(DEFAULT)").join(", ")}${trailer}`;
    });
    return { sql, parameters: [] };
  }

  /** Whether a partial column takes nothing but DEFAULT (GENERATED ALWAYS AS IDENTITY). */
  private needsDefaultKeyword(batch: InsertBatch): boolean {
    const table = this.tables.get(batch.plan);
    return batch.partial.some((j) => table?.columns.get(batch.columns[j]!.metadata.databaseName)?.identityAlways === true);
  }

  private unnestInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, partial } = batch;
    const values = partial.length === 0 ? batch.values : withPresenceFlags(batch.values, columns.length, rowCount, partial);
    const parameters = this.columnArrays(plan, columns, values, rowCount, partial.length);
    const trailer = this.trailer(batch);
    const sql = this.sql.get(shapeKey(columns, 0, plan.tableName + trailer + partialKey(partial)), () => {
      const pgColumns = this.columnsOf(plan, columns);
      const arrays = [...pgColumns.map((c, i) => `$${i + 1}::${c.cast}[]`), ...partial.map((_, k) => `$${columns.length + k + 1}::boolean[]`)].join(", ");
      const aliases = sourceAliases(columns.length, partial).join(", ");
      const select = pgColumns.map((c, j) => (partial.includes(j) ? `CASE WHEN p${j + 1} THEN c${j + 1} ELSE ${defaultOf(c)} END` : `c${j + 1}`));
      // With RETURNING, rows are fed in input order (ORDER BY the ordinality) and PostgreSQL's
      // ModifyTable node emits each RETURNING row as it inserts that row, so returned rows come
      // back in input order; ignored rows are matched by the dialect-independent code. Defaults
      // in the select list (nextval) are evaluated row by row in that same order.
      const source =
        batch.returning.length === 0
          ? `SELECT ${select.join(", ")} FROM unnest(${arrays}) AS u(${aliases})`
          : `SELECT ${select.join(", ")} FROM unnest(${arrays}) WITH ORDINALITY AS u(${aliases}, ord) ORDER BY ord`;
      return `INSERT INTO ${plan.tableName} AS t ${columnList(columns)}${this.overriding(batch)} ${source}${trailer}`;
    });
    return { sql, parameters };
  }

  private valuesInsert(batch: InsertBatch): SqlStatement {
    const { plan, columns, rowCount, partial } = batch;
    const trailer = this.trailer(batch);
    if (partial.length > 0) {
      // which cells say DEFAULT differs from batch to batch: the text is built each time
      const { clause, parameters } = valuesClauseWithDefaults(batch.values, columns.length, rowCount, (n) => `$${n}`);
      return { sql: `INSERT INTO ${plan.tableName} AS t ${columnList(columns)}${this.overriding(batch)} ${clause}${trailer}`, parameters };
    }
    const sql = this.sql.get(shapeKey(columns, rowCount, plan.tableName + trailer), () => {
      const values = valuesClause(rowCount, columns.length, (n) => `$${n}`);
      return `INSERT INTO ${plan.tableName} AS t ${columnList(columns)}${this.overriding(batch)} ${values}${trailer}`;
    });
    return { sql, parameters: batch.values as unknown[] };
  }
}

/** A column's default expression cast to its type (NULL where it has none), as DEFAULT would give it. */
function defaultOf(column: PgColumn): string {
  return column.defaultExpression === null ? `NULL::${column.cast}` : `(${column.defaultExpression})::${column.cast}`;
}

/**
 * `setval` to $2 when $2 is at or past the value the sequence $1 would give next (its last
 * value plus its increment, or its start when never used); ascending sequences only.
 */
const SET_SEQUENCE_SQL =
  "SELECT setval(s.seqrelid::regclass, $2::bigint) FROM pg_sequence s WHERE s.seqrelid = $1::regclass AND s.seqincrement > 0 " +
  "AND $2::bigint >= COALESCE(pg_sequence_last_value(s.seqrelid::regclass) + s.seqincrement, s.seqstart)";

/** The largest integer among column `c` of row-major `values` (numbers, bigints or integer strings), if any. */
function largestInteger(values: readonly unknown[], width: number, c: number): bigint | undefined {
  let max: bigint | undefined;
  for (let i = c; i < values.length; i += width) {
    const value = values[i];
    let n: bigint;
    if (typeof value === "bigint") n = value;
    else if (typeof value === "number" && Number.isInteger(value)) n = BigInt(value);
    else if (typeof value === "string" && /^-?\d{1,19}$/.test(value)) n = BigInt(value);
    else continue;
    if (max === undefined || n > max) max = n;
  }
  return max;
}

/**
 * COPY writes into a `GENERATED ALWAYS` identity column what INSERT refuses: refuse it the same
 * way (PostgreSQL's own message), before anything is sent.
 */
function refuseIdentityAlways(planned: readonly PlannedColumn[], columns: readonly PgColumn[]): void {
  const index = columns.findIndex((c) => c.identityAlways);
  if (index < 0) return;
  const name = planned[index]!.metadata.databaseName;
  throw new Error(
    `cannot insert a non-DEFAULT value into column "${name}": it is GENERATED ALWAYS (COPY would write it; INSERT refuses it, and so does this)`,
  );
}

/** What of pg-copy-streams' COPY FROM stream this package reaches into. */
interface CopyFromInternals {
  submit(connection: unknown): void;
  handleCopyInResponse(connection: unknown): void;
}

/**
 * `stream` made to send its data and CopyDone right behind the COPY statement, without waiting
 * for the server's CopyInResponse: otherwise the data leaves only when the event loop gets to
 * that response, which it does late while the next batch is being encoded (the server then
 * idles for as long as each batch takes to encode). The protocol allows it: the server reads
 * the messages in order, and if the COPY fails before reading them, it drops the CopyData and
 * CopyDone that follow ("accept but ignore these messages", postgres.c) and still reports the
 * COPY's error. The real CopyInResponse then finds nothing left to flush.
 */
function sendingAtOnce<T extends object>(stream: T): T {
  const internals = stream as unknown as CopyFromInternals;
  const submit = internals.submit.bind(internals);
  internals.submit = (connection) => {
    submit(connection);
    internals.handleCopyInResponse(connection);
  };
  return stream;
}

class PgDatabaseClient implements DatabaseClient {
  constructor(private readonly client: PgClient) {}

  async streamIn(sql: string, data: string): Promise<number> {
    const { from } = require("pg-copy-streams") as typeof import("pg-copy-streams");
    const stream = this.client.query(sendingAtOnce(from(sql)));
    await pipeline(Readable.from([data]), stream).catch(withKeyDetail);
    return stream.rowCount;
  }

  async run(statement: SqlStatement, _wantRows: boolean): Promise<ExecResult> {
    const result = await this.client.query(statement.sql, statement.parameters).catch(withKeyDetail);
    return { rows: result.rows, affectedRows: result.rowCount ?? 0 };
  }
}
