import type { ColumnPlan, PlannedColumn } from "../metadata/column-plan";
import type { ColumnMetadata } from "../metadata/typeorm-types";
import type { SqlStatement } from "../types";

/** What one statement did. */
export interface ExecResult {
  /** Rows of a RETURNING clause (empty without one). */
  readonly rows: readonly Record<string, unknown>[];
  /** Rows the database reports as affected. */
  readonly affectedRows: number;
}

/** A native driver connection, seen through the one call this package makes. */
export interface DatabaseClient {
  /** Runs one statement; `wantRows` asks for the rows of its RETURNING clause. */
  run(statement: SqlStatement, wantRows: boolean): Promise<ExecResult>;
}

/** How an insert treats rows that hit a unique constraint, resolved to columns. */
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

/** Rows of one INSERT statement, all with the same set of present columns. */
export interface InsertBatch {
  readonly plan: ColumnPlan;
  /** The columns the rows of this batch give values for. */
  readonly columns: readonly PlannedColumn[];
  readonly rowCount: number;
  /** `rowCount × columns.length` values, row after row. */
  readonly values: readonly unknown[];
  /** Columns to read back (RETURNING); empty for none. */
  readonly returning: readonly ColumnMetadata[];
  readonly conflict: ConflictPlan;
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
  /** Rows per statement when the caller gives no `batchSize` (chosen by benchmark). */
  readonly defaultBatchSize: number;
  /** Most rows one INSERT of `batch.plan` with `columnCount` columns may carry. */
  maxRowsPerInsert(plan: ColumnPlan, columnCount: number): number;
  /** Called once per call before any statement is built; may read the catalog and cache it. */
  prepare(plan: ColumnPlan, client: DatabaseClient): Promise<void>;
  /** The INSERT for one batch. */
  buildInsert(batch: InsertBatch): SqlStatement;
  /**
   * Called after a call wrote explicit values into a database-generated key, so that later
   * ordinary inserts don't collide (PostgreSQL's sequences don't move by themselves).
   */
  afterExplicitKeys(plan: ColumnPlan, column: ColumnMetadata, client: DatabaseClient): Promise<void>;
  /** Wraps a native connection (what TypeORM's `QueryRunner.connect()` resolves to). */
  client(native: unknown): DatabaseClient;
}
