import type { ObjectLiteral } from "typeorm";
import { BatchRowError, type DatabaseClient } from "../dialects/dialect";
import { BulkError, messageOf } from "../errors";
import { CommitFailed, type BulkSession } from "../execution/session";
import type { ColumnPlan, PlannedColumn } from "../metadata/column-plan";
import type { BulkOptions, BulkResult, SqlStatement } from "../types";
import type { ProgressCounter } from "./progress";

/**
 * One run of consecutive rows: what a statement is built from. Its columns are those some row
 * of the run gives; a row leaving one of them out holds `undefined` there (see `partial`).
 */
export interface Run {
  /** Columns some row of the run gives a value for, in plan order (never empty for an insert). */
  readonly columns: readonly PlannedColumn[];
  readonly rowCount: number;
  /** `rowCount × columns.length` values, row after row; `undefined` for an absent cell. */
  readonly values: unknown[];
  /** Indexes into `columns` of the columns some row of the run leaves out, ascending. */
  readonly partial: readonly number[];
  /** The input rows of the run and their input indexes. */
  readonly rows: readonly ObjectLiteral[];
  readonly indexes: readonly number[];
  readonly start: number;
}

/** What differs between writing inserts and updates; the buffering and batching are shared. */
export interface WriteOperation {
  readonly plan: ColumnPlan;
  /** Rows per buffer when the caller gives no `batchSize`. */
  readonly defaultBatchSize: number;
  /** The columns `encode` fills, in order. */
  readonly columns: readonly PlannedColumn[];
  /** Encodes input row `index` into `out` (one slot per column, `undefined` for absent). */
  encode(row: ObjectLiteral, index: number, out: unknown[]): void;
  /**
   * Most rows one statement may carry, with `columnCount` columns of which `partialCount` are
   * left out by some rows (each such column costs the dialect a presence flag per row).
   */
  maxRows(columnCount: number, partialCount: number): number;
  /**
   * Per column of `columns`, 1 where every row of one statement must agree on giving it or not
   * (an upsert's update columns: an absent cell must not overwrite, which no statement can say
   * per row); `undefined` for none. A row that disagrees starts the next statement.
   */
  readonly uniformPresence?: Uint8Array;
  /** The statements of a run, for a dry run. */
  statements(run: Run): SqlStatement[];
  /**
   * Builds the statement `execute` will send for `run`, while the previous statement still
   * runs (the database works meanwhile, on its own thread or server). Never throws: a failure
   * to build recurs in `execute`, in its place.
   */
  stage?(client: DatabaseClient, run: Run): void;
  /** Runs a run's statement(s) and records what it did in `result`. */
  execute(client: DatabaseClient, run: Run, result: BulkResult): Promise<void>;
  /**
   * A key identifying the row encoded in `values` (the columns' slots), for operations where two
   * rows with the same key must not share a statement: a run ends before a key repeats, so the
   * rows apply one after the other, as per-row calls in input order would. `undefined`: the
   * row can't collide with another.
   */
  rowKey?(values: readonly unknown[]): string | undefined;
  /** Called once after the last run. */
  finish?(client: DatabaseClient): Promise<void>;
  /**
   * Called instead of `finish` when a call fails after some batches committed (`transaction:
   * false`), outside any transaction: `finish`'s work for what was committed.
   */
  recover?(client: DatabaseClient): Promise<void>;
}

/**
 * Buffers the rows of one entity and writes them in batches. Rows are encoded when their
 * buffer is flushed, not when they arrive, so a related object saved earlier in the same call
 * already carries its generated id. A flush sends one statement per run of consecutive rows,
 * whatever keys each row gives, clamped to the dialect's per-statement limits; input order is
 * kept. A run's columns are those some of its rows give; an absent cell travels as `undefined`
 * and the dialect applies the column's default to it (insert) or leaves the column as it is
 * (update) inside the same statement. Presence is tracked in typed arrays, and a row that
 * brings nothing new (the common case) costs one pass over its cells.
 */
export class BatchWriter {
  private readonly width: number;
  private readonly scratch: unknown[];
  /** Per column: whether the current run has it (some row gives it). */
  private readonly inRun: Uint8Array;
  /** Per column: how many rows of the current run leave it out. */
  private readonly absent: Uint32Array;
  private readonly uniform: Uint8Array | undefined;
  private readonly bufferSize: number;
  private maxBytes: number | undefined;
  private readonly valueBytes: (value: unknown) => number;
  private rows: ObjectLiteral[] = [];
  private indexes: number[] = [];
  private prepared = false;
  /** Whether `scratch` already holds the first row of the next run (its shape ended the last one). */
  private nextEncoded = false;
  /** The last statement of the previous flush, still running while the next buffer fills. */
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly session: BulkSession,
    private readonly operation: WriteOperation,
    private readonly options: BulkOptions,
    private readonly result: BulkResult,
    private readonly progress: ProgressCounter,
  ) {
    const plan = operation.plan;
    this.width = operation.columns.length;
    this.scratch = new Array<unknown>(this.width);
    this.inRun = new Uint8Array(this.width);
    this.absent = new Uint32Array(this.width);
    this.uniform = operation.uniformPresence;
    this.bufferSize = options.batchSize ?? operation.defaultBatchSize;
    checkOptions(plan.entityName, options, this.bufferSize);
    const dialect = session.dialect;
    this.valueBytes = dialect.valueBytes ? (value) => dialect.valueBytes!(value) : approximateBytes;
    const recover = operation.recover?.bind(operation);
    if (recover && !options.dryRun) session.onFailure(recover);
  }

  /** The entity this writer writes. */
  get plan(): ColumnPlan {
    return this.operation.plan;
  }

  /** Buffers input row `index`; `true` when the buffer is full and should be flushed. */
  add(row: ObjectLiteral, index: number): boolean {
    this.rows.push(row);
    this.indexes.push(index);
    return this.rows.length >= this.bufferSize;
  }

  /** Encodes and writes the buffered rows. */
  async flush(): Promise<void> {
    const rows = this.rows;
    const indexes = this.indexes;
    if (rows.length === 0) return;
    this.rows = [];
    this.indexes = [];
    if (!this.prepared) await this.prepare();
    let start = 0;
    let encoded = false;
    while (start < rows.length) {
      if (!encoded) this.encodeRow(rows[start]!, indexes[start]!);
      const run = this.collectRun(rows, indexes, start);
      if (!this.options.dryRun) this.operation.stage?.(this.session.client, run);
      await this.settle();
      start += run.rowCount;
      encoded = this.nextEncoded;
      // The last run is left running: the caller reads and encodes the next buffer meanwhile
      // (at most two buffers in memory). Its failure surfaces at the next flush or at finish.
      const writing = this.write(run);
      if (start < rows.length) await writing;
      else this.inFlight = writing;
      writing.catch(() => undefined);
    }
  }

  /** Flushes, waits for the last statement, then lets the operation finish. */
  async finish(): Promise<void> {
    await this.flush();
    await this.settle();
    if (this.options.dryRun || this.operation.finish === undefined) return;
    try {
      await this.operation.finish(this.session.client);
    } catch (cause) {
      throw this.failure("finishing", cause);
    }
  }

  /** Waits for the statement left running by the previous flush. */
  async settle(): Promise<void> {
    const inFlight = this.inFlight;
    this.inFlight = undefined;
    await inFlight;
  }

  /** Reads the catalog once and learns the statement limits. */
  private async prepare(): Promise<void> {
    try {
      await this.session.dialect.prepare(this.operation.plan, this.session.client);
    } catch (cause) {
      throw this.failure("reading the table's definition", cause);
    }
    this.maxBytes = this.session.dialect.maxStatementBytes;
    this.prepared = true;
  }

  /** Encodes input row `index` into `scratch`; a throwing getter or Proxy trap is that row's BulkError. */
  private encodeRow(row: ObjectLiteral, index: number): void {
    try {
      this.operation.encode(row, index, this.scratch);
    } catch (cause) {
      throw BulkError.unreadableRow(this.operation.plan.entityName, index, cause);
    }
  }

  /**
   * Rows `start…` (row `start` already encoded in `scratch`), up to the statement limits and,
   * where the operation keys its rows, before a key repeats.
   */
  private collectRun(rows: ObjectLiteral[], indexes: number[], start: number): Run {
    let columnCount = this.startRun();
    let partialCount = 0;
    let limit = this.operation.maxRows(columnCount, 0);
    const rowKey = this.operation.rowKey?.bind(this.operation);
    const keys = rowKey === undefined ? undefined : new Set<string | undefined>([rowKey(this.scratch)]);
    const values: unknown[] = [];
    let bytes = this.append(values);
    let end = start + 1;
    this.nextEncoded = false;
    while (end < rows.length && end - start < limit && (this.maxBytes === undefined || bytes < this.maxBytes)) {
      this.encodeRow(rows[end]!, indexes[end]!);
      const key = rowKey?.(this.scratch);
      if (key !== undefined && keys!.has(key)) {
        this.nextEncoded = true;
        break;
      }
      let added = this.appendIfNothingNew(values);
      if (added < 0) {
        const change = this.admit(end - start);
        if (change === undefined) {
          this.nextEncoded = true;
          break;
        }
        if (change.columnCount !== columnCount) this.widen(values, end - start);
        columnCount = change.columnCount;
        partialCount = change.partialCount;
        limit = this.operation.maxRows(columnCount, partialCount);
        added = this.append(values);
      }
      if (key !== undefined) keys!.add(key);
      bytes += added;
      end++;
    }
    return this.finishRun(values, end - start, rows, indexes, start);
  }

  /** Takes the columns `scratch` gives as the new run's; returns their count. */
  private startRun(): number {
    let count = 0;
    for (let i = 0; i < this.width; i++) {
      this.inRun[i] = this.scratch[i] === undefined ? 0 : 1;
      this.absent[i] = 0;
      count += this.inRun[i]!;
    }
    return count;
  }

  /**
   * Appends the run's cells of `scratch` and returns their approximate size in bytes (counted
   * only where the dialect limits statement bytes); -1, appending nothing, when the row gives a
   * column the run lacks or leaves out one every earlier row gave.
   */
  private appendIfNothingNew(values: unknown[]): number {
    const { inRun, absent, scratch } = this;
    const mark = values.length;
    let bytes = 0;
    for (let i = 0; i < this.width; i++) {
      const value = scratch[i];
      if (inRun[i] === 0) {
        if (value === undefined) continue;
        return this.rollBack(values, mark, i);
      }
      if (value === undefined) {
        if (absent[i] === 0) return this.rollBack(values, mark, i);
        absent[i]!++;
      }
      values.push(value);
      if (this.maxBytes !== undefined) bytes += this.valueBytes(value);
    }
    return bytes;
  }

  /** Undoes a partly appended row (its cells before column `until`); returns -1. */
  private rollBack(values: unknown[], mark: number, until: number): number {
    values.length = mark;
    for (let i = 0; i < until; i++) if (this.inRun[i] === 1 && this.scratch[i] === undefined) this.absent[i]!--;
    return -1;
  }

  /** Appends the run's cells of `scratch` (`undefined` for absent ones), counting absences. */
  private append(values: unknown[]): number {
    const { inRun, absent, scratch } = this;
    let bytes = 0;
    for (let i = 0; i < this.width; i++) {
      if (inRun[i] === 0) continue;
      const value = scratch[i];
      if (value === undefined) absent[i]!++;
      values.push(value);
      if (this.maxBytes !== undefined) bytes += this.valueBytes(value);
    }
    return bytes;
  }

  /**
   * The run's column and partial counts once it takes the row in `scratch` after `rowCount`
   * rows, or `undefined` when the row must start the next statement instead (it disagrees on a
   * uniform column, or the wider row would pass the statement's row limit).
   */
  private admit(rowCount: number): { columnCount: number; partialCount: number } | undefined {
    const { inRun, absent, scratch, uniform } = this;
    let columnCount = 0;
    let partialCount = 0;
    for (let i = 0; i < this.width; i++) {
      const given = scratch[i] !== undefined;
      if (uniform !== undefined && uniform[i] === 1 && given !== (inRun[i] === 1 && absent[i] === 0)) return undefined;
      if (inRun[i] === 0 && !given) continue;
      columnCount++;
      if (inRun[i] === 0 || absent[i]! > 0 || !given) partialCount++;
    }
    return rowCount < this.operation.maxRows(columnCount, partialCount) ? { columnCount, partialCount } : undefined;
  }

  /**
   * Re-lays the run's first `rowCount` rows for the columns `scratch` adds (absent in all of
   * them). Happens at most once per column per run.
   */
  private widen(values: unknown[], rowCount: number): void {
    const { inRun, absent, scratch } = this;
    const added = new Uint8Array(this.width);
    for (let i = 0; i < this.width; i++) {
      if (inRun[i] === 0 && scratch[i] !== undefined) {
        added[i] = 1;
        inRun[i] = 1;
        absent[i] = rowCount;
      }
    }
    const old = values.splice(0, values.length);
    let k = 0;
    for (let r = 0; r < rowCount; r++) {
      for (let i = 0; i < this.width; i++) {
        if (inRun[i] === 1) values.push(added[i] === 1 ? undefined : old[k++]);
      }
    }
  }

  /** The run's columns and partial columns; rows leaving every column out carry the first one, absent. */
  private finishRun(values: unknown[], rowCount: number, rows: ObjectLiteral[], indexes: number[], start: number): Run {
    const columns: PlannedColumn[] = [];
    const partial: number[] = [];
    for (let i = 0; i < this.width; i++) {
      if (this.inRun[i] === 0) continue;
      if (this.absent[i]! > 0) partial.push(columns.length);
      columns.push(this.operation.columns[i]!);
    }
    if (columns.length === 0) {
      // `{}` rows only: a statement needs a column, and any column's default is what a row gets
      columns.push(this.operation.columns[0]!);
      partial.push(0);
      for (let r = 0; r < rowCount; r++) values.push(undefined);
    }
    return { columns, rowCount, values, partial, rows, indexes, start };
  }

  /**
   * Runs a run's statement(s) as one batch (with `transaction: false`, committed on its own)
   * and reports it; a failure is a BulkError naming the batch, and the row where the database
   * named one.
   */
  private async write(run: Run): Promise<void> {
    if (this.options.dryRun) {
      this.result.statements!.push(...this.operation.statements(run));
    } else {
      try {
        await this.session.batch(run.rowCount, () => this.operation.execute(this.session.client, run, this.result));
      } catch (cause) {
        throw this.batchFailure(run, cause);
      }
    }
    this.result.batches++;
    this.progress.batchDone(run.rowCount, this.result.batches, this.operation.plan.entityName);
  }

  private batchFailure(run: Run, cause: unknown): BulkError {
    if (cause instanceof BulkError) return cause; // an input error found while writing: it names its row
    const entity = this.operation.plan.entityName;
    const first = run.indexes[run.start]!;
    const last = run.indexes[run.start + run.rowCount - 1]!;
    if (cause instanceof BatchRowError) {
      const rowIndex = run.indexes[run.start + cause.rowOffset];
      const reason = `input row ${rowIndex}, ${cause.message}`;
      return BulkError.batchFailed(entity, this.result.batches, first, last, cause.cause, { rowIndex, reason });
    }
    if (cause instanceof CommitFailed) {
      return BulkError.batchFailed(entity, this.result.batches, first, last, cause.cause, { reason: cause.message });
    }
    return BulkError.batchFailed(entity, this.result.batches, first, last, cause);
  }

  /** A database error outside any batch, while `doing` something for this entity. */
  private failure(doing: string, cause: unknown): BulkError {
    if (cause instanceof BulkError) return cause;
    const entity = this.operation.plan.entityName;
    const reason = messageOf(cause);
    return new BulkError(`${entity}: ${doing} failed: ${reason}`, { entity, cause });
  }
}

/**
 * Checks the options every write shares, before anything is sent (`onConflict`, `returning`
 * and `method` are checked by the insert operation).
 */
function checkOptions(entity: string, options: BulkOptions, bufferSize: number): void {
  const refuse = (what: string) => new BulkError(`${entity}: ${what}`, { entity });
  if (!Number.isInteger(bufferSize) || bufferSize < 1) throw refuse(`batchSize must be a positive integer, got ${String(bufferSize)}`);
  for (const flag of ["transaction", "dryRun"] as const) {
    const value: unknown = options[flag];
    if (value !== undefined && typeof value !== "boolean") throw refuse(`${flag} must be true or false, got ${String(value)}`);
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw refuse(`onProgress must be a function, got ${typeof options.onProgress}`);
  }
}

/** Upper bound of a value's size in a statement (strings may double when escaped). */
function approximateBytes(value: unknown): number {
  if (value === undefined) return 8; // DEFAULT, or a presence flag and a NULL
  if (typeof value === "string") return value.length * 2 + 4;
  if (value instanceof Uint8Array) return value.length * 2 + 4;
  return 24;
}
