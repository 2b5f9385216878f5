/** Where in the input a {@link BulkError} happened. */
export interface BulkErrorDetails {
  /** Entity (class or table) name. */
  readonly entity?: string;
  /** Offending key (property name) of the row, when one is at fault. */
  readonly key?: string;
  /** Zero-based index of the offending input row. */
  readonly rowIndex?: number;
  /** Zero-based index of the failed batch (statement). */
  readonly batch?: number;
  /** Input rows `[first, last]` (zero-based, inclusive) of the failed batch. */
  readonly rowRange?: readonly [number, number];
  /** Rows committed before the failure (only ever non-zero with `transaction: false`). */
  readonly committedRows?: number;
  /** The driver or iterator error behind this one. */
  readonly cause?: unknown;
}

/**
 * Thrown for bad input (unknown key, row without primary key, related object without id …)
 * and for database errors during a bulk call. Database errors keep the driver error as `cause`.
 */
export class BulkError extends Error {
  readonly entity?: string;
  readonly key?: string;
  readonly rowIndex?: number;
  readonly batch?: number;
  readonly rowRange?: readonly [number, number];
  readonly committedRows?: number;

  constructor(message: string, details: BulkErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "BulkError";
    this.entity = details.entity;
    this.key = details.key;
    this.rowIndex = details.rowIndex;
    this.batch = details.batch;
    this.rowRange = details.rowRange;
    this.committedRows = details.committedRows;
  }

  /** A key of input row `rowIndex` that the entity does not map. */
  static unknownKey(entity: string, key: string, rowIndex: number, known: readonly string[]): BulkError {
    return new BulkError(
      `${entity}: row ${rowIndex} has unknown key "${key}" (known: ${known.join(", ")})`,
      { entity, key, rowIndex },
    );
  }

  /** A value that cannot be written to its column. */
  static badValue(entity: string, key: string, rowIndex: number, reason: string): BulkError {
    return new BulkError(`${entity}: row ${rowIndex}, key "${key}": ${reason}`, { entity, key, rowIndex });
  }

  /** A database error while running batch `batch`, which held input rows `first..last`. */
  static batchFailed(
    entity: string,
    batch: number,
    first: number,
    last: number,
    cause: unknown,
    committedRows: number,
  ): BulkError {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const committed = committedRows > 0 ? ` (${committedRows} earlier rows were committed)` : "";
    return new BulkError(
      `${entity}: batch ${batch} (rows ${first}-${last}) failed: ${reason}${committed}`,
      { entity, batch, rowRange: [first, last], cause, committedRows },
    );
  }
}
