import type { ColumnPlan, PlannedColumn } from "../metadata/column-plan";
import type { ColumnMetadata } from "../metadata/typeorm-types";
import type { SqlStatement } from "../types";

/** A failure a dialect can pin to one row of its batch (`rowOffset`, 0-based within the batch). */
export class BatchRowError extends Error {
  constructor(
    message: string,
    readonly rowOffset: number,
    cause: unknown,
  ) {
    super(message, { cause });
    this.name = "BatchRowError";
  }
}

/** What one statement did. */
export interface ExecResult {
  /** Rows of a RETURNING clause (empty without one). */
  readonly rows: readonly Record<string, unknown>[];
  /** Rows the database reports as affected. */
  readonly affectedRows: number;
}

/** What one INSERT did, as the dialect reads it from its database. */
export interface InsertOutcome {
  /** RETURNING rows, in input order (only when the batch asked for columns). */
  readonly rows: readonly Record<string, unknown>[];
  readonly inserted: number;
  readonly updated: number;
}

/** Rows of one UPDATE statement: each row's key values, then the values of `setColumns`. */
export interface UpdateBatch {
  readonly plan: ColumnPlan;
  /** Primary-key columns matched on. */
  readonly keyColumns: readonly PlannedColumn[];
  /** Columns set (the same for every row of the batch). */
  readonly setColumns: readonly PlannedColumn[];
  readonly rowCount: number;
  /** `rowCount × (keys + sets)` values, row after row, keys first. */
  readonly values: readonly unknown[];
  /**
   * Set columns (indexes into `setColumns`, ascending) that some rows of the batch leave out:
   * those rows hold `undefined` there, and the column must stay as it is (or move as
   * bookkeeping, for an update date or version). Empty when every row sets every column.
   */
  readonly partial: readonly number[];
}

/** A native driver connection, seen through the one call this package makes. */
export interface DatabaseClient {
  /** Runs one statement; `wantRows` asks for the rows of its RETURNING clause. */
  run(statement: SqlStatement, wantRows: boolean): Promise<ExecResult>;
  /**
   * Streams `data` into the statement of the database's bulk-load channel (PostgreSQL
   * `COPY … FROM STDIN`, MySQL `LOAD DATA LOCAL INFILE`); resolves with the rows loaded.
   */
  streamIn?(sql: string, data: string): Promise<number>;
  /**
   * Does ahead what `run(statement)` does before sending it (MySQL: writing the values into the
   * text), while the previous statement still runs; `run` then sends what was prepared.
   */
  stage?(statement: SqlStatement): void;
}

/**
 * How an insert treats rows that hit a unique constraint, resolved to columns. `update` lists
 * the columns overwritten from the incoming row.
 */
export type ConflictPlan =
  | { readonly kind: "error" }
  | { readonly kind: "ignore" }
  | {
      readonly kind: "update";
      /** Columns of the unique constraint or primary key conflicted on. */
      readonly target: readonly ColumnMetadata[];
      /** Columns overwritten from the incoming row. */
      readonly update: readonly ColumnMetadata[];
    };

/** Rows of one INSERT statement; rows may leave different columns out (see `partial`). */
export interface InsertBatch {
  readonly plan: ColumnPlan;
  /** The columns some row of this batch gives a value for (never empty). */
  readonly columns: readonly PlannedColumn[];
  readonly rowCount: number;
  /** `rowCount × columns.length` values, row after row. */
  readonly values: readonly unknown[];
  /** Columns to read back (RETURNING); empty for none. */
  readonly returning: readonly ColumnMetadata[];
  readonly conflict: ConflictPlan;
  /**
   * Columns (indexes into `columns`, ascending) that some rows leave out: those rows hold
   * `undefined` there, and the column's default applies to them inside the same statement, as
   * if the column were left out of that row's INSERT. Empty when every row gives every column.
   * A conflict's update columns are never partial (the batch writer cuts statements there).
   */
  readonly partial: readonly number[];
  /** `buildInsert(batch)`, built ahead while the previous statement ran; `runInsert` sends it where given. */
  readonly statement?: SqlStatement;
}

/** A file's records as canonical CSV (see `BulkDialect.loadCsv`), read once. */
export interface CanonicalCsvInput {
  readonly delimiter: string;
  readonly chunks: AsyncIterable<Buffer>;
  /**
   * The 0-based record on 1-based `line` of the text streamed so far, lines counted as
   * PostgreSQL's COPY counts them: one per record, plus one per line break inside a quoted
   * cell (a CR in the first record, an LF after it).
   */
  recordAtCopyLine(line: number): number;
}

/**
 * Everything that differs between databases: statement limits, SQL text, and how a native
 * connection runs a statement. Code outside `src/dialects/` never asks which database it is on.
 */
export interface BulkDialect {
  /** Short database name for messages. */
  readonly name: string;
  /** One connection per DataSource (SQLite): bulk calls must take turns on it. */
  readonly sharedConnection: boolean;
  /** Bytes one statement may take, where the database limits it (MySQL's max_allowed_packet). */
  readonly maxStatementBytes?: number;
  /**
   * Bytes `value` takes in a statement, counted as the server counts them against
   * `maxStatementBytes` (MySQL: UTF-8 bytes of mysql2's escaped literal plus the placeholder's
   * surrounding text). A batch's values must sum to at most `maxStatementBytes`.
   */
  valueBytes?(value: unknown): number;
  /**
   * RETURNING gives one row per input row, in input order, rows skipped by `"ignore"` included
   * (left empty by `runInsert`), so an ignore+returning insert can send many rows per statement.
   * Otherwise RETURNING leaves skipped rows out, and which rows were skipped is only certain one
   * row per statement.
   */
  readonly returnsSkippedRows?: boolean;
  /** Insert rows per statement when the caller gives no `batchSize` (chosen by benchmark). */
  readonly defaultBatchSize: number;
  /** Update rows per statement when the caller gives no `batchSize` (chosen by benchmark). */
  readonly defaultUpdateBatchSize: number;
  /** Most rows one INSERT or UPDATE of `plan` with `columnCount` bound columns may carry. */
  maxRowsPerStatement(plan: ColumnPlan, columnCount: number): number;
  /** Called once per call before any statement is built; may read the catalog and cache it. */
  prepare(plan: ColumnPlan, client: DatabaseClient): Promise<void>;
  /**
   * Statements `runInsert` and `bulkLoadRows` send after a batch's own (PostgreSQL: moving a
   * sequence past explicit keys), listed so that a dry run shows them too.
   */
  insertFollowUps?(batch: InsertBatch): SqlStatement[];
  /** The INSERT for one batch (what `runInsert` sends, and what a dry run shows). */
  buildInsert(batch: InsertBatch): SqlStatement;
  /** Runs the INSERT of one batch and reads its inserted/updated counts. */
  runInsert(client: DatabaseClient, batch: InsertBatch): Promise<InsertOutcome>;
  /** The insert method of the database's bulk-load channel, where it has one. */
  readonly bulkLoadMethod?: "copy" | "load";
  /**
   * Writes a plain insert batch through the bulk-load channel (`bulkLoadMethod`) and resolves
   * with the rows written. Unless `required` (the caller asked for the channel by name), it may
   * decline, having written nothing, and resolve `undefined`: the batch is then inserted.
   */
  bulkLoadRows?(client: DatabaseClient, batch: InsertBatch, required: boolean): Promise<number | undefined>;
  /**
   * Whether the bulk-load channel gives a batch's absent cells their column defaults, so that
   * rows of different key sets load as one; otherwise each shape loads apart.
   */
  loadsAbsentCells?(batch: InsertBatch): boolean;
  /**
   * Streams a file's records, as canonical CSV (RFC 4180, `csv.delimiter` between fields, LF
   * line ends, no header, NULL as the unquoted word NULL, every other cell text, a cell reading
   * NULL quoted), straight into the table's bulk-load channel for `columns`, on `native` (what
   * TypeORM's `QueryRunner.connect()` resolves to), inside the caller's transaction. Resolves
   * with the rows loaded; a record at fault rejects with a `BatchRowError` (`rowOffset`: the
   * 0-based record). Only for files whose every column the database reads as it is (see
   * `src/metadata/raw-load.ts`).
   */
  loadCsv?(native: unknown, plan: ColumnPlan, columns: readonly PlannedColumn[], csv: CanonicalCsvInput): Promise<number>;
  /**
   * Whether `method: "auto"` should take the bulk-load channel for a plain insert batch (no
   * conflict clause, nothing read back): where it writes what the INSERT would, and faster.
   */
  prefersBulkLoad(batch: InsertBatch): boolean;
  /** One statement updating every row of the batch, matched by primary key. */
  buildUpdate(batch: UpdateBatch): SqlStatement;
  /**
   * Called after a call wrote explicit values into a database-generated key, so that later
   * ordinary inserts don't collide (PostgreSQL's sequences don't move by themselves).
   */
  afterExplicitKeys(plan: ColumnPlan, column: ColumnMetadata, client: DatabaseClient): Promise<void>;
  /** The statement with its values inlined as literals escaped the driver's way (dry runs). */
  inline(statement: SqlStatement): string;
  /**
   * Whether `error`, thrown by COMMIT, certainly means nothing of the transaction was committed:
   * the database answered the COMMIT with an error that rolls it back (a deferred constraint),
   * or left it open to be rolled back, rather than the connection failing on the way. Where this
   * is absent or says no, a failed COMMIT's outcome is unknown.
   */
  commitRolledBack?(error: unknown): boolean;
  /** Wraps a native connection (what TypeORM's `QueryRunner.connect()` resolves to). */
  client(native: unknown): DatabaseClient;
  /**
   * Why the driver would not write the object `value` (a column's value after TypeORM's own
   * conversion) as TypeORM writes it, or `undefined` when it would: e.g. an array for a scalar
   * column, which SQLite's drivers turn into "[object Object]" or reject. Asked only for objects.
   */
  unbindable?(value: object, column: ColumnMetadata): string | undefined;
}
