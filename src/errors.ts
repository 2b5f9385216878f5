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
  /**
   * Rows certainly committed by the failed call: with `transaction: false`, the rows of the
   * batches whose COMMIT succeeded (each batch is its own transaction, its checks and write-back
   * included, so a batch reported as failed is never committed); otherwise 0. Set on every
   * rejection of a call that got as far as its connection.
   */
  readonly committedRows?: number;
  /**
   * Set only when a COMMIT failed without saying whether it happened (the connection died while
   * committing): up to this many rows may be committed, `committedRows` of them certainly.
   */
  readonly committedRowsAtMost?: number;
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
  readonly committedRowsAtMost?: number;

  constructor(message: string, details: BulkErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "BulkError";
    this.entity = details.entity;
    this.key = details.key;
    this.rowIndex = details.rowIndex;
    this.batch = details.batch;
    this.rowRange = details.rowRange;
    this.committedRows = details.committedRows;
    this.committedRowsAtMost = details.committedRowsAtMost;
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

  /** A key or value of input row `rowIndex` that could not be read (a throwing getter or Proxy trap). */
  static unreadableRow(entity: string, rowIndex: number, cause: unknown): BulkError {
    if (cause instanceof BulkError) return cause;
    return new BulkError(`${entity}: row ${rowIndex} could not be read: ${messageOf(cause)}`, { entity, rowIndex, cause });
  }

  /**
   * A database error while running batch `batch`, which held input rows `first..last`;
   * `rowIndex` when the database named the failing row.
   */
  static batchFailed(
    entity: string,
    batch: number,
    first: number,
    last: number,
    cause: unknown,
    details: { readonly rowIndex?: number; readonly reason?: string } = {},
  ): BulkError {
    const reason = details.reason ?? messageOf(cause);
    return new BulkError(`${entity}: batch ${batch} (rows ${first}-${last}) failed: ${reason}`, {
      entity,
      batch,
      rowRange: [first, last],
      rowIndex: details.rowIndex,
      cause,
    });
  }
}

/**
 * Records on `error` what its call committed (`committedRows`, and `committedRowsAtMost` when a
 * COMMIT's outcome is unknown) and says so in its message.
 */
export function withCommitState(error: BulkError, committed: number, atMost: number | undefined): BulkError {
  const state = error as { committedRows?: number; committedRowsAtMost?: number; message: string };
  state.committedRows = committed;
  state.committedRowsAtMost = atMost;
  if (atMost !== undefined) {
    state.message += ` (${committed} earlier rows were committed; up to ${atMost} may be, as a COMMIT's outcome is unknown)`;
  } else if (committed > 0) {
    state.message += ` (${committed} earlier rows were committed)`;
  }
  return error;
}

/** The message of anything thrown: an Error's, or its text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
