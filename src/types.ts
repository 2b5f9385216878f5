/** A row or object source: arrays, generators, async generators and object-mode streams all qualify. */
export type BulkRowSource<T> = Iterable<T> | AsyncIterable<T>;

/** The data properties of `Entity` (methods left out). */
export type BulkPropertyKey<Entity> = {
  [K in keyof Entity]-?: Entity[K] extends (...args: never[]) => unknown ? never : K;
}[keyof Entity] &
  string;

/**
 * The join column names TypeORM's naming strategies give a relation property `role`: `roleId`
 * (the default) and `role_id` (snake case). Any property holding an object qualifies; the call
 * itself still checks each key against the entity's metadata.
 */
export type BulkRelationIdKey<Entity> = {
  [K in BulkPropertyKey<Entity>]-?: NonNullable<Entity[K]> extends Date | Uint8Array | readonly unknown[]
    ? never
    : NonNullable<Entity[K]> extends object
      ? `${K}Id` | `${K}_id`
      : never;
}[BulkPropertyKey<Entity>];

/**
 * A plain row for `bulkInsertMappings`/`bulkUpdateMappings`: entity property names as keys
 * (embedded objects nested, relations by id or `{ id }`, or by join column name such as
 * `roleId`). A misspelt key in an object literal is a compile error; values are checked at run
 * time, against the entity's metadata, like every key. An entity given by name (a string
 * target) accepts any key.
 */
export type BulkMapping<Entity = unknown> = unknown extends Entity
  ? { readonly [key: string]: unknown }
  : { readonly [K in BulkPropertyKey<Entity> | BulkRelationIdKey<Entity>]?: unknown };

/** Reported to `onProgress` after every batch. */
export interface BulkProgress {
  /** Input rows handled so far. */
  readonly rows: number;
  /** Statements run so far. */
  readonly batches: number;
}

/** Options shared by every bulk call. */
export interface BulkOptions {
  /** Rows per statement. Always clamped so no statement exceeds a database limit. */
  batchSize?: number;
  /**
   * `true` (default): all batches in one transaction, all or nothing; joins the caller's
   * transaction when the manager already has one. `false`: each batch is a transaction of its
   * own (statement, checks and write-back, then COMMIT), so a failed call leaves exactly the
   * batches before the failing one, and its `BulkError.committedRows` counts them (with
   * `committedRowsAtMost` when the connection died while committing).
   */
  transaction?: boolean;
  /** Called after every batch. */
  onProgress?: (progress: BulkProgress) => void;
  /** Build the statements and resolve with them in `result.statements`, sending nothing. */
  dryRun?: boolean;
}

/**
 * What to do when an inserted row hits a unique constraint or primary key:
 * `"error"` (default) fails the call, `"ignore"` skips the row, and
 * `{ target, update }` overwrites the `update` properties of the existing row.
 */
export type OnConflict =
  | "error"
  | "ignore"
  | {
      /** Properties of the unique constraint to conflict on; default the primary key. */
      readonly target?: readonly string[];
      /** Properties overwritten from the incoming row. */
      readonly update: readonly string[];
    };

/** How rows travel to the database. */
export type InsertMethod = "auto" | "values" | "copy" | "load";

/** Options of `bulkInsertMappings` and `bulkSaveObjects`. */
export interface BulkInsertOptions extends BulkOptions {
  /** Collect the primary key of every input row into `result.identifiers`, in input order. */
  returning?: boolean;
  /** Conflict handling; see {@link OnConflict}. */
  onConflict?: OnConflict;
  /** `"auto"` (default) picks the fastest correct path for the database. */
  method?: InsertMethod;
}

/** Options of `bulkUpdateMappings`. */
export type BulkUpdateOptions = BulkOptions;

/** A statement exactly as it is (or, in a dry run, would be) sent to the driver. */
export interface SqlStatement {
  readonly sql: string;
  readonly parameters: unknown[];
}

/** A primary key value map such as `{ id: 42 }`. */
export type Identifier = Record<string, unknown>;

/** What a bulk call did. */
export interface BulkResult {
  /** Rows inserted. */
  inserted: number;
  /**
   * Rows updated: for `bulkUpdateMappings`, input rows whose key matched a stored row (a key
   * given twice counts twice, applied in input order); for upserts, rows that hit an existing key.
   */
  updated: number;
  /** Statements run. */
  batches: number;
  /** With `returning: true`: the primary key of input row `i` at index `i`; `null` for an ignored row. */
  identifiers?: (Identifier | null)[];
  /** With `dryRun: true`: the statements that would have run. */
  statements?: SqlStatement[];
}
