import type { ObjectLiteral } from "typeorm";
import type { ConflictPlan, InsertBatch } from "../dialects/dialect";
import { BulkError } from "../errors";
import type { BulkSession } from "../execution/session";
import type { ColumnPlan, PlannedColumn } from "../metadata/column-plan";
import type { ColumnMetadata } from "../metadata/typeorm-types";
import type { BulkInsertOptions, BulkResult, Identifier } from "../types";
import { ProgressCounter } from "./progress";

/** What an insert does with the generated values it reads back. */
export interface ReadBack {
  /** Columns to read back with RETURNING; empty for none. */
  readonly columns: readonly ColumnMetadata[];
  /** Fill `result.identifiers`. */
  readonly identifiers: boolean;
  /** Write the generated values back onto the input objects (`bulkSaveObjects`). */
  readonly writeBack: boolean;
}

/**
 * Buffers the rows of one entity and sends them as multi-row INSERTs. Rows are encoded when
 * their buffer is flushed, not when they arrive, so a related object saved earlier in the same
 * call already carries its generated id. A flush sends one statement per run of consecutive
 * rows with the same set of present columns (an absent key leaves its column out so the
 * database default applies), each run clamped to the dialect's per-statement limit; input
 * order is kept.
 */
export class InsertWriter {
  private readonly width: number;
  private readonly scratch: unknown[];
  private readonly present: Uint8Array;
  private readonly bufferSize: number;
  private rows: ObjectLiteral[] = [];
  private indexes: number[] = [];
  private readonly explicitKeys = new Set<ColumnMetadata>();
  private prepared = false;
  private lastRunLimit = 0;

  constructor(
    private readonly session: BulkSession,
    readonly plan: ColumnPlan,
    private readonly options: BulkInsertOptions,
    private readonly conflict: ConflictPlan,
    private readonly readBack: ReadBack,
    private readonly result: BulkResult,
    private readonly progress: ProgressCounter,
  ) {
    this.width = plan.columns.length;
    this.scratch = new Array<unknown>(this.width);
    this.present = new Uint8Array(this.width);
    this.bufferSize = options.batchSize ?? session.dialect.defaultBatchSize;
    if (!Number.isInteger(this.bufferSize) || this.bufferSize < 1) {
      throw new BulkError(`${plan.entityName}: batchSize must be a positive integer, got ${this.bufferSize}`, {
        entity: plan.entityName,
      });
    }
  }

  /** Buffers input row `index`; `true` when the buffer is full and should be flushed. */
  add(row: ObjectLiteral, index: number): boolean {
    this.rows.push(row);
    this.indexes.push(index);
    return this.rows.length >= this.bufferSize;
  }

  /** Encodes and sends the buffered rows. */
  async flush(): Promise<void> {
    const rows = this.rows;
    const indexes = this.indexes;
    if (rows.length === 0) return;
    this.rows = [];
    this.indexes = [];
    if (!this.prepared) {
      await this.session.dialect.prepare(this.plan, this.session.client);
      this.prepared = true;
    }
    let start = 0;
    let encoded = false;
    while (start < rows.length) {
      if (!encoded) this.plan.encodeInsert(rows[start]!, indexes[start]!, this.scratch);
      const end = await this.sendRun(rows, indexes, start);
      // a run cut by a change of shape leaves the next row already encoded in `scratch`
      encoded = end < rows.length && end - start < this.lastRunLimit;
      start = end;
    }
  }

  /** Flushes, then lets the dialect catch up with explicit values written into generated keys. */
  async finish(): Promise<void> {
    await this.flush();
    if (this.options.dryRun) return;
    for (const column of this.explicitKeys) {
      await this.session.dialect.afterExplicitKeys(this.plan, column, this.session.client);
    }
  }

  /**
   * Sends rows `start…` that share the shape of row `start` (already encoded in `scratch`),
   * up to the statement limit. Returns the index after the run.
   */
  private async sendRun(rows: ObjectLiteral[], indexes: number[], start: number): Promise<number> {
    const columns = this.startShape();
    const limit = this.session.dialect.maxRowsPerInsert(this.plan, columns.length);
    this.lastRunLimit = limit;
    const values: unknown[] = [];
    this.appendIfSameShape(values);
    let end = start + 1;
    while (end < rows.length && end - start < limit) {
      this.plan.encodeInsert(rows[end]!, indexes[end]!, this.scratch);
      if (!this.appendIfSameShape(values)) break;
      end++;
    }
    const batch: InsertBatch = {
      plan: this.plan,
      columns,
      rowCount: end - start,
      values,
      returning: this.readBack.columns,
      conflict: this.conflict,
    };
    await this.send(batch, rows, indexes, start);
    return end;
  }

  private async send(batch: InsertBatch, rows: ObjectLiteral[], indexes: number[], start: number): Promise<void> {
    const { dialect, client } = this.session;
    const statement = dialect.buildInsert(batch);
    const last = start + batch.rowCount - 1;
    if (this.options.dryRun) {
      this.result.statements!.push(statement);
    } else {
      try {
        const reading = batch.returning.length > 0;
        const outcome = await client.run(statement, reading);
        this.result.inserted += reading ? outcome.rows.length : outcome.affectedRows;
        if (reading) this.readBackRows(outcome.rows, rows, indexes, start);
      } catch (cause) {
        const committed = this.options.transaction === false ? this.progress.rows : 0;
        throw BulkError.batchFailed(this.plan.entityName, this.result.batches, indexes[start]!, indexes[last]!, cause, committed);
      }
    }
    for (const column of batch.columns) {
      if (column.metadata.generationStrategy === "increment") this.explicitKeys.add(column.metadata);
    }
    this.result.batches++;
    this.progress.batchDone(batch.rowCount, this.result.batches);
  }

  private readBackRows(
    returned: readonly Record<string, unknown>[],
    rows: ObjectLiteral[],
    indexes: number[],
    start: number,
  ): void {
    const plan = this.plan;
    const identifiers = this.result.identifiers;
    for (let j = 0; j < returned.length; j++) {
      const raw = returned[j]!;
      if (identifiers !== undefined) identifiers[indexes[start + j]!] = identifierOf(plan, raw);
      if (this.readBack.writeBack) {
        for (const column of this.readBack.columns) {
          column.setEntityValue(rows[start + j]!, plan.hydrate(column, raw[column.databaseName]));
        }
      }
    }
  }

  /** Records which columns `scratch` gives values for, as the shape of a new run. */
  private startShape(): PlannedColumn[] {
    const present = this.present;
    const columns: PlannedColumn[] = [];
    for (let i = 0; i < this.width; i++) {
      present[i] = this.scratch[i] === undefined ? 0 : 1;
      if (present[i] === 1) columns.push(this.plan.columns[i]!);
    }
    return columns;
  }

  /** Appends the present values of `scratch` to `values`, unless its shape differs from the run's. */
  private appendIfSameShape(values: unknown[]): boolean {
    const present = this.present;
    const scratch = this.scratch;
    const mark = values.length;
    for (let i = 0; i < this.width; i++) {
      const value = scratch[i];
      if ((value === undefined) === (present[i] === 1)) {
        values.length = mark;
        return false;
      }
      if (value !== undefined) values.push(value);
    }
    return true;
  }
}

/** `{ id: 42 }` (property paths, hydrated) from a raw RETURNING row. */
export function identifierOf(plan: ColumnPlan, raw: Record<string, unknown>): Identifier {
  const id: Identifier = {};
  for (const column of plan.primaryColumns) {
    Object.assign(id, column.createValueMap(plan.hydrate(column, raw[column.databaseName])));
  }
  return id;
}
