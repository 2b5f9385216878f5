import type { ObjectLiteral } from "typeorm";
import type { BulkDialect, DatabaseClient, UpdateBatch } from "../dialects/dialect";
import type { ColumnPlan, PlannedColumn } from "../metadata/column-plan";
import type { BulkResult, SqlStatement } from "../types";
import type { Run, WriteOperation } from "./batch-writer";
import { keyAt } from "./row-key";

/** Batch UPDATEs by primary key: one statement per run of rows, whichever columns each row sets. */
export class UpdateOperation implements WriteOperation {
  readonly columns: readonly PlannedColumn[];
  readonly defaultBatchSize: number;
  /** The slots of the key columns (the first `updateKeyCount` of `columns`). */
  private readonly keyPositions: readonly number[];
  private staged: { readonly run: Run; readonly statement: SqlStatement } | undefined;

  constructor(
    readonly plan: ColumnPlan,
    private readonly dialect: BulkDialect,
  ) {
    this.columns = plan.updateColumns;
    this.defaultBatchSize = dialect.defaultUpdateBatchSize;
    this.keyPositions = Array.from({ length: plan.updateKeyCount }, (_, i) => i);
  }

  encode(row: ObjectLiteral, index: number, out: unknown[]): void {
    this.plan.encodeUpdate(row, index, out);
  }

  maxRows(columnCount: number, partialCount: number): number {
    return this.dialect.maxRowsPerStatement(this.plan, columnCount + partialCount);
  }

  /**
   * The row's primary key as text, loosely (case and trailing blanks folded, `1` equal to `"1"`):
   * a key that may match the same stored row as an earlier one of the run ends the run, so every
   * database applies the two updates in input order. Folding too much only costs a statement.
   */
  rowKey(values: readonly unknown[]): string {
    return keyAt(values, this.keyPositions);
  }

  statements(run: Run): SqlStatement[] {
    return [this.statement(run)];
  }

  private statement(run: Run): SqlStatement {
    return this.dialect.buildUpdate(this.batchOf(run));
  }

  stage(client: DatabaseClient, run: Run): void {
    this.staged = undefined;
    try {
      const statement = this.statement(run);
      client.stage?.(statement);
      this.staged = { run, statement };
    } catch {
      // built again by execute, which reports the failure for its run
    }
  }

  async execute(client: DatabaseClient, run: Run, result: BulkResult): Promise<void> {
    const statement = this.staged?.run === run ? this.staged.statement : this.statement(run);
    this.staged = undefined;
    const outcome = await client.run(statement, false);
    result.updated += outcome.affectedRows;
  }

  private batchOf(run: Run): UpdateBatch {
    const keyCount = this.plan.updateKeyCount;
    return {
      plan: this.plan,
      keyColumns: run.columns.slice(0, keyCount),
      setColumns: run.columns.slice(keyCount),
      rowCount: run.rowCount,
      values: run.values,
      // key columns are never absent (encodeUpdate refuses such rows)
      partial: run.partial.map((i) => i - keyCount),
    };
  }
}
