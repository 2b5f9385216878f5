import type { ObjectLiteral } from "typeorm";
import { BatchRowError, type BulkDialect, type ConflictPlan, type DatabaseClient, type InsertBatch } from "../dialects/dialect";
import { BulkError, messageOf } from "../errors";
import type { ColumnPlan, PlannedColumn } from "../metadata/column-plan";
import type { ColumnMetadata } from "../metadata/typeorm-types";
import type { BulkResult, Identifier, InsertMethod, SqlStatement } from "../types";
import type { Run, WriteOperation } from "./batch-writer";
import { keyAt } from "./row-key";

/** What an insert does with the generated values it reads back. */
export interface ReadBack {
  /** Columns to read back with RETURNING; empty for none. */
  readonly columns: readonly ColumnMetadata[];
  /** Write the read values back onto the input objects (`bulkSaveObjects`). */
  readonly writeBack: boolean;
}

/**
 * Conflict handling as given, or "upsert on these target columns, overwriting whatever
 * columns the rows define" (how `bulkSaveObjects` saves objects that have a primary key).
 */
export type ConflictSpec = ConflictPlan | { readonly kind: "update-present"; readonly target: readonly ColumnMetadata[] };

const METHODS: readonly InsertMethod[] = ["auto", "values", "copy", "load"];

/** Multi-row INSERTs (plain, ignoring conflicts, or upserting) of one entity. */
export class InsertOperation implements WriteOperation {
  readonly columns: readonly PlannedColumn[];
  readonly defaultBatchSize: number;
  readonly uniformPresence: Uint8Array | undefined;
  private readonly explicitKeys = new Set<ColumnMetadata>();
  /**
   * For an upsert, the row's conflict-target values as key text: a run ends before a target
   * repeats, so a key given twice is inserted and then updated by the next statement, as
   * per-row upserts in input order do (PostgreSQL refuses to update one row twice in a
   * statement; SQLite's count of existing keys would miss the repeat). `undefined` for a row
   * that can't conflict with another of its run (a null target, or one the database generates).
   * Not defined where nothing can repeat: plain inserts, and "ignore", which every database
   * applies row by row within a statement.
   */
  readonly rowKey?: (values: readonly unknown[]) => string | undefined;
  private staged: { readonly run: Run; readonly batch: InsertBatch } | undefined;

  constructor(
    readonly plan: ColumnPlan,
    private readonly dialect: BulkDialect,
    private readonly conflict: ConflictSpec,
    private readonly readBack: ReadBack,
    private readonly method: InsertMethod = "auto",
  ) {
    this.columns = plan.columns;
    this.defaultBatchSize = dialect.defaultBatchSize;
    if (!METHODS.includes(method)) {
      throw new BulkError(`${plan.entityName}: method must be one of ${METHODS.map((m) => `"${m}"`).join(", ")}, got ${JSON.stringify(method)}`, {
        entity: plan.entityName,
      });
    }
    this.uniformPresence = uniformPresenceOf(plan, conflict);
    const plain = conflict.kind === "error" && readBack.columns.length === 0;
    if ((method === "copy" || method === "load") && (dialect.bulkLoadMethod !== method || !plain)) {
      const database = method === "copy" ? "PostgreSQL" : "MySQL or MariaDB";
      throw new BulkError(`${plan.entityName}: method "${method}" needs ${database} and a plain insert (no onConflict, no returning)`, {
        entity: plan.entityName,
      });
    }
    if (conflict.kind === "update" || conflict.kind === "update-present") this.rowKey = targetKeyOf(this.columns, conflict.target);
  }

  encode(row: ObjectLiteral, index: number, out: unknown[]): void {
    this.plan.encodeInsert(row, index, out);
  }

  maxRows(columnCount: number, partialCount: number): number {
    // Where RETURNING leaves ignored rows out, which rows were ignored is only certain one row at a time.
    if (this.conflict.kind === "ignore" && this.readBack.columns.length > 0 && !this.dialect.returnsSkippedRows) return 1;
    return this.dialect.maxRowsPerStatement(this.plan, columnCount + partialCount);
  }

  statements(run: Run): SqlStatement[] {
    const batch = this.batchOf(run);
    return [this.dialect.buildInsert(batch), ...(this.dialect.insertFollowUps?.(batch) ?? [])];
  }

  stage(client: DatabaseClient, run: Run): void {
    this.staged = undefined;
    if (this.usesBulkLoad(run)) return;
    try {
      const batch = this.batchOf(run);
      const statement = this.dialect.buildInsert(batch);
      client.stage?.(statement);
      this.staged = { run, batch: { ...batch, statement } };
    } catch {
      // built again by execute, which reports the failure for its run
    }
  }

  async execute(client: DatabaseClient, run: Run, result: BulkResult): Promise<void> {
    if (!this.usesBulkLoad(run)) return this.insert(client, run, result);
    const required = this.method !== "auto";
    if (!required || run.partial.length === 0 || this.dialect.loadsAbsentCells?.(this.batchOf(run))) {
      // "auto" loads only what the dialect prefers, and it may still decline (having written nothing)
      const loaded = await this.bulkLoad(client, run, required);
      if (loaded === undefined) await this.insert(client, run, result);
      else result.inserted += loaded;
      return;
    }
    // A load takes one column list: rows of other shapes load apart (`{}` rows by INSERT).
    for (const part of splitByShape(run)) {
      try {
        if (part.partial.length > 0) await this.insert(client, part, result);
        else result.inserted += (await this.bulkLoad(client, part, true))!;
      } catch (error) {
        // the batch writer pins a row by its offset in the whole run
        if (error instanceof BatchRowError) throw new BatchRowError(error.message, error.rowOffset + part.start - run.start, error.cause);
        throw error;
      }
    }
  }

  private async insert(client: DatabaseClient, run: Run, result: BulkResult): Promise<void> {
    const batch = this.staged?.run === run ? this.staged.batch : this.batchOf(run);
    this.staged = undefined;
    const outcome = await this.dialect.runInsert(client, batch);
    result.inserted += outcome.inserted;
    result.updated += outcome.updated;
    if (this.readBack.columns.length > 0) this.readBackRows(outcome.rows, run, result);
    this.trackExplicitKeys(run);
  }

  async finish(client: DatabaseClient): Promise<void> {
    for (const column of this.explicitKeys) await this.dialect.afterExplicitKeys(this.plan, column, client);
  }

  /** After a failed `transaction: false` call, the committed explicit keys need the same as after a successful one. */
  recover(client: DatabaseClient): Promise<void> {
    return this.finish(client);
  }

  /** The bulk-load channel where asked for, or where "auto" finds it correct (a plain insert) and worth it. */
  private usesBulkLoad(run: Run): boolean {
    if (this.dialect.bulkLoadRows === undefined || this.method === "values") return false;
    if (this.method !== "auto") return true;
    const plain = this.conflict.kind === "error" && this.readBack.columns.length === 0;
    return plain && this.dialect.prefersBulkLoad(this.batchOf(run));
  }

  /** A BatchRowError from the dialect is mapped to its input row by the batch writer. */
  private async bulkLoad(client: DatabaseClient, run: Run, required: boolean): Promise<number | undefined> {
    const copied = await this.dialect.bulkLoadRows!(client, this.batchOf(run), required);
    if (copied !== undefined) this.trackExplicitKeys(run);
    return copied;
  }

  private trackExplicitKeys(run: Run): void {
    for (const column of run.columns) {
      if (column.metadata.generationStrategy === "increment") this.explicitKeys.add(column.metadata);
    }
  }

  private batchOf(run: Run): InsertBatch {
    return {
      plan: this.plan,
      columns: run.columns,
      rowCount: run.rowCount,
      values: run.values,
      returning: this.readBack.columns,
      conflict: this.conflictOf(run.columns),
      partial: run.partial,
    };
  }

  /**
   * The conflict plan of a run. An upsert overwrites only the columns the rows give (an absent
   * key leaves the stored value as it is); the batch writer keeps their presence the same
   * across a statement's rows (see `uniformPresence`). An object saved over an existing row
   * overwrites what it defines, except what `repository.save` leaves to the database: the
   * version and update date move as on any update (the dialect's bookkeeping), and the create
   * date and a generated uuid stay as stored.
   */
  private conflictOf(columns: readonly PlannedColumn[]): ConflictPlan {
    if (this.conflict.kind === "error" || this.conflict.kind === "ignore") return this.conflict;
    const { target } = this.conflict;
    const given = new Set(columns.map((c) => c.metadata));
    const update =
      this.conflict.kind === "update"
        ? this.conflict.update.filter((c) => given.has(c))
        : [...given].filter((c) => isOverwritten(c, target));
    // An object that defines only its key still "saves": the no-op update keeps RETURNING complete.
    return { kind: "update", target, update: update.length > 0 ? update : target };
  }

  /** Identifiers by input index (null for a row the database skipped) and, for objects, write-back. */
  private readBackRows(returned: readonly Record<string, unknown>[], run: Run, result: BulkResult): void {
    const identifiers = result.identifiers;
    for (let j = 0; j < run.rowCount; j++) {
      const raw = returned[j];
      const index = run.indexes[run.start + j]!;
      if (identifiers !== undefined) identifiers[index] = raw === undefined ? null : identifierOf(this.plan, raw);
      if (raw !== undefined && this.readBack.writeBack) this.writeBack(run.rows[run.start + j]!, index, raw);
    }
  }

  /** Writes the generated values onto input object `index`; a frozen object is that row's BulkError. */
  private writeBack(row: ObjectLiteral, index: number, raw: Record<string, unknown>): void {
    try {
      for (const column of this.readBack.columns) column.setEntityValue(row, this.plan.hydrate(column, raw[column.databaseName]));
    } catch (cause) {
      const reason = messageOf(cause);
      throw new BulkError(`${this.plan.entityName}: row ${index}: writing the generated values back failed: ${reason}`, {
        entity: this.plan.entityName,
        rowIndex: index,
        cause,
      });
    }
  }
}

/**
 * The key of a row's conflict-target values in its slots of `columns`. A run's rows share
 * their present columns: an absent target is the column default for all of them, the same
 * value (so a key) unless the database generates it, which makes the row's key new; a null
 * never conflicts. A target column that is not insertable is never written, so nothing
 * conflicts on it (no key at all).
 */
function targetKeyOf(
  columns: readonly PlannedColumn[],
  target: readonly ColumnMetadata[],
): ((values: readonly unknown[]) => string | undefined) | undefined {
  const positions = target.map((column) => columns.findIndex((c) => c.metadata === column));
  if (positions.some((p) => p < 0)) return undefined;
  const generated = target.map((column) => column.isGenerated);
  return (values) => {
    for (let i = 0; i < positions.length; i++) {
      const value = values[positions[i]!];
      if (value === null || (value === undefined && generated[i])) return undefined;
    }
    return keyAt(values, positions);
  };
}

/** Columns `repository.save` never overwrites from the entity when it updates a row. */
function isSaveBookkeeping(column: ColumnMetadata): boolean {
  return column.isVersion || column.isUpdateDate || column.isCreateDate || (column.isGenerated && column.generationStrategy === "uuid");
}

/** Whether a keyed save overwrites `column` from the object (`bulkSaveObjects`' upsert). */
function isOverwritten(column: ColumnMetadata, target: readonly ColumnMetadata[]): boolean {
  return column.isUpdate && !target.includes(column) && !column.isDiscriminator && !isSaveBookkeeping(column);
}

/**
 * Columns an upsert may overwrite: every row of one statement must agree on giving them, as
 * `ON CONFLICT … DO UPDATE` can't tell per row whether a value was given or defaulted.
 */
function uniformPresenceOf(plan: ColumnPlan, conflict: ConflictSpec): Uint8Array | undefined {
  if (conflict.kind === "error" || conflict.kind === "ignore") return undefined;
  const overwritten =
    conflict.kind === "update" ? (c: ColumnMetadata) => conflict.update.includes(c) : (c: ColumnMetadata) => isOverwritten(c, conflict.target);
  return Uint8Array.from(plan.columns, (c) => (overwritten(c.metadata) ? 1 : 0));
}

/**
 * The run cut into runs of consecutive rows giving the same columns, each without absent cells,
 * for channels that take one column list per statement. Rows giving no column at all keep the
 * run's (absent) first column.
 */
export function splitByShape(run: Run): Run[] {
  if (run.partial.length === 0) return [run];
  const width = run.columns.length;
  const parts: Run[] = [];
  let from = 0;
  for (let r = 1; r <= run.rowCount; r++) {
    if (r < run.rowCount && sameShape(run.values, width, from, r)) continue;
    parts.push(shapePart(run, from, r));
    from = r;
  }
  return parts;
}

function sameShape(values: readonly unknown[], width: number, a: number, b: number): boolean {
  for (let c = 0; c < width; c++) {
    if ((values[a * width + c] === undefined) !== (values[b * width + c] === undefined)) return false;
  }
  return true;
}

/** Rows `from…to` of a run (all of one shape) as a run of the columns they give. */
function shapePart(run: Run, from: number, to: number): Run {
  const width = run.columns.length;
  const given: number[] = [];
  for (let c = 0; c < width; c++) if (run.values[from * width + c] !== undefined) given.push(c);
  if (given.length === 0) {
    return { ...run, rowCount: to - from, values: run.values.slice(from * width, to * width), start: run.start + from };
  }
  const values: unknown[] = [];
  for (let r = from; r < to; r++) for (const c of given) values.push(run.values[r * width + c]);
  return { columns: given.map((c) => run.columns[c]!), rowCount: to - from, values, partial: [], rows: run.rows, indexes: run.indexes, start: run.start + from };
}

/** `{ id: 42 }` (property paths, hydrated) from a raw RETURNING row. */
export function identifierOf(plan: ColumnPlan, raw: Record<string, unknown>): Identifier {
  const id: Identifier = {};
  for (const column of plan.primaryColumns) {
    Object.assign(id, column.createValueMap(plan.hydrate(column, raw[column.databaseName])));
  }
  return id;
}
