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
 * Collects the encoded rows of one entity into batches and sends each batch as one INSERT.
 * A batch holds rows with the same set of present columns (an absent key leaves its column
 * out so the database default applies), and is cut when it is full or the next row's set
 * differs; input order is kept.
 */
export class InsertWriter {
  private readonly width: number;
  private readonly scratch: unknown[];
  private readonly maxRows: number;
  private present: Uint8Array;
  private columns: PlannedColumn[] = [];
  private values: unknown[] = [];
  private rows: ObjectLiteral[] = [];
  private indexes: number[] = [];
  private readonly explicitKeys = new Set<ColumnMetadata>();
  /** Input index whose encoding sits in `scratch` (a row refused by a full batch is not encoded twice). */
  private encodedIndex = -1;
  private prepared = false;

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
    const requested = options.batchSize ?? session.dialect.defaultBatchSize;
    if (!Number.isInteger(requested) || requested < 1) {
      throw new BulkError(`${plan.entityName}: batchSize must be a positive integer, got ${requested}`, {
        entity: plan.entityName,
      });
    }
    this.maxRows = requested;
  }

  /** Rows waiting in the current batch. */
  get pending(): number {
    return this.indexes.length;
  }

  /** Whether the current batch can take no more rows. */
  get full(): boolean {
    return this.indexes.length >= this.rowLimit();
  }

  /**
   * Encodes `row` (input row `index`) into the current batch. Returns `false` without taking
   * the row when it can't join the batch (full, or a different set of present columns):
   * flush, then add it again.
   */
  add(row: ObjectLiteral, index: number): boolean {
    const scratch = this.scratch;
    if (this.indexes.length > 0 && this.full) return false;
    if (this.encodedIndex !== index) {
      this.plan.encodeInsert(row, index, scratch);
      this.encodedIndex = index;
    }
    if (this.indexes.length === 0) this.startBatch();
    else if (!this.sameShape()) return false;
    const present = this.present;
    for (let i = 0; i < this.width; i++) if (present[i] === 1) this.values.push(scratch[i]);
    this.rows.push(row);
    this.indexes.push(index);
    return true;
  }

  /** Sends the current batch, if any. */
  async flush(): Promise<void> {
    const rowCount = this.indexes.length;
    if (rowCount === 0) return;
    const batch: InsertBatch = {
      plan: this.plan,
      columns: this.columns,
      rowCount,
      values: this.values,
      returning: this.readBack.columns,
      conflict: this.conflict,
    };
    const rows = this.rows;
    const indexes = this.indexes;
    this.values = [];
    this.rows = [];
    this.indexes = [];
    for (const column of batch.columns) {
      if (column.metadata.generationStrategy === "increment") this.explicitKeys.add(column.metadata);
    }
    await this.send(batch, rows, indexes);
  }

  /** Flushes, then lets the dialect catch up with explicit values written into generated keys. */
  async finish(): Promise<void> {
    await this.flush();
    if (this.options.dryRun) return;
    for (const column of this.explicitKeys) {
      await this.session.dialect.afterExplicitKeys(this.plan, column, this.session.client);
    }
  }

  private async send(batch: InsertBatch, rows: ObjectLiteral[], indexes: number[]): Promise<void> {
    const { dialect, client } = this.session;
    if (!this.prepared) {
      await dialect.prepare(this.plan, client);
      this.prepared = true;
    }
    const statement = dialect.buildInsert(batch);
    const batchNumber = this.result.batches;
    if (this.options.dryRun) {
      this.result.statements!.push(statement);
    } else {
      try {
        const outcome = await client.run(statement, batch.returning.length > 0);
        this.result.inserted += batch.returning.length > 0 ? outcome.rows.length : outcome.affectedRows;
        if (batch.returning.length > 0) this.readBackRows(outcome.rows, rows, indexes);
      } catch (cause) {
        const committed = this.options.transaction === false ? this.progress.rows : 0;
        throw BulkError.batchFailed(this.plan.entityName, batchNumber, indexes[0]!, indexes[indexes.length - 1]!, cause, committed);
      }
    }
    this.result.batches++;
    this.progress.batchDone(indexes.length, this.result.batches);
  }

  private readBackRows(returned: readonly Record<string, unknown>[], rows: ObjectLiteral[], indexes: number[]): void {
    const plan = this.plan;
    const identifiers = this.result.identifiers;
    for (let j = 0; j < returned.length; j++) {
      const raw = returned[j]!;
      if (identifiers !== undefined) identifiers[indexes[j]!] = identifierOf(plan, raw);
      if (this.readBack.writeBack) {
        for (const column of this.readBack.columns) {
          column.setEntityValue(rows[j]!, plan.hydrate(column, raw[column.databaseName]));
        }
      }
    }
  }

  private rowLimit(): number {
    return Math.min(this.maxRows, this.session.dialect.maxRowsPerInsert(this.plan, this.columns.length));
  }

  private startBatch(): void {
    const present = this.present;
    this.columns = [];
    for (let i = 0; i < this.width; i++) {
      present[i] = this.scratch[i] === undefined ? 0 : 1;
      if (present[i] === 1) this.columns.push(this.plan.columns[i]!);
    }
  }

  private sameShape(): boolean {
    const present = this.present;
    const scratch = this.scratch;
    for (let i = 0; i < this.width; i++) {
      if ((scratch[i] === undefined ? 0 : 1) !== present[i]) return false;
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
