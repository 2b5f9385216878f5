import type { EntityTarget, ObjectLiteral } from "typeorm";
import { dialectOf } from "../dialects/resolve-dialect";
import { BulkError } from "../errors";
import { dataSourceOf, type BulkSession, type BulkTarget } from "../execution/session";
import { columnPlanOf, type ColumnPlan } from "../metadata/column-plan";
import type { BulkInsertOptions, BulkMapping, BulkResult, BulkRowSource } from "../types";
import { BatchWriter } from "./batch-writer";
import { conflictPlanOf } from "./conflict";
import { InsertOperation, type ConflictSpec } from "./insert-operation";
import type { ProgressCounter } from "./progress";
import { forEachRow } from "./row-source";
import { isRow, planFor, runBulk, writeMappings } from "./run-bulk";

/**
 * Inserts plain rows (entity property names as keys) with multi-row INSERT statements.
 * Runs no entity listeners, no subscribers and no cascades, and tracks nothing.
 *
 * ```ts
 * await bulkInsertMappings(dataSource, User, [{ username: "john", role: 1 }], { returning: true });
 * ```
 */
export async function bulkInsertMappings<Entity extends ObjectLiteral>(
  target: BulkTarget,
  entity: EntityTarget<Entity>,
  rows: BulkRowSource<BulkMapping<Entity>>,
  options: BulkInsertOptions = {},
): Promise<BulkResult> {
  const plan = planFor(target, entity);
  const conflict = conflictPlanOf(plan, options.onConflict);
  return runBulk(target, options, async (session, result, progress) => {
    const readBack = { columns: options.returning ? plan.primaryColumns : [], writeBack: false };
    const operation = new InsertOperation(plan, session.dialect, conflict, readBack, options.method);
    await writeMappings(new BatchWriter(session, operation, options, result, progress), rows);
  });
}

/**
 * Saves entity instances, of one or several entity classes: an object without its primary key
 * is inserted, an object with one is upserted on it (the columns it defines overwrite the
 * stored row) unless `onConflict` says otherwise. Classes are written in the order they first
 * appear, so a batch of roles goes before the users that reference them. With
 * `returning: true` the generated values (primary key, create/update date, version, database
 * defaults) are written back onto the same objects. Runs no listeners, no subscribers, no
 * cascades; objects are not tracked or reloaded.
 *
 * ```ts
 * await bulkSaveObjects(dataSource, [Object.assign(new User(), { username: "susan" })]);
 * ```
 */
export async function bulkSaveObjects(
  target: BulkTarget,
  objects: BulkRowSource<object>,
  options: BulkInsertOptions = {},
): Promise<BulkResult> {
  const dataSource = dataSourceOf(target);
  dialectOf(dataSource); // an unsupported database fails here, before any input is read
  return runBulk(target, options, async (session, result, progress) => {
    const writers = new ObjectWriters(session, options, result, progress);
    await forEachRow(objects, "bulkSaveObjects", (object, index) => {
      if (!isRow(object)) throw new BulkError(`bulkSaveObjects: object ${index} is not an object`, { rowIndex: index });
      let writer: BatchWriter;
      try {
        writer = writers.writerFor(object, index);
      } catch (cause) {
        throw BulkError.unreadableRow("bulkSaveObjects", index, cause); // a throwing getter on the key
      }
      if (!writer.add(object, index)) return undefined;
      return writers.flushAll();
    });
    await writers.finishAll();
  });
}

/**
 * The writers of a `bulkSaveObjects` call: per entity class, one for new objects and one for
 * objects with a primary key, kept in first-appearance order. A full buffer flushes them all
 * in that order, so referenced rows go first.
 */
class ObjectWriters {
  private readonly writers = new Map<Function, { insert?: BatchWriter; save?: BatchWriter }>();

  constructor(
    private readonly session: BulkSession,
    private readonly options: BulkInsertOptions,
    private readonly result: BulkResult,
    private readonly progress: ProgressCounter,
  ) {}

  writerFor(object: ObjectLiteral, index: number): BatchWriter {
    let pair = this.writers.get(object.constructor);
    if (pair === undefined) {
      pair = {};
      this.writers.set(object.constructor, pair);
    }
    const plan = planOfObject(this.session.dataSource, object, index);
    const keyed = this.options.onConflict === undefined && plan.metadata.hasAllPrimaryKeys(object);
    const slot = keyed ? "save" : "insert";
    pair[slot] ??= this.createWriter(plan, keyed);
    return pair[slot];
  }

  async flushAll(): Promise<void> {
    for (const pair of this.writers.values()) {
      // settled before the next class is encoded: its rows may reference ids written back here
      for (const writer of [pair.insert, pair.save]) {
        await writer?.flush();
        await writer?.settle();
      }
    }
  }

  async finishAll(): Promise<void> {
    for (const pair of this.writers.values()) {
      for (const writer of [pair.insert, pair.save]) await writer?.finish();
    }
  }

  private createWriter(plan: ColumnPlan, keyed: boolean): BatchWriter {
    const conflict: ConflictSpec = keyed
      ? { kind: "update-present", target: plan.primaryColumns }
      : conflictPlanOf(plan, this.options.onConflict);
    const readBack = { columns: this.options.returning ? plan.generatedColumns : [], writeBack: !!this.options.returning };
    const operation = new InsertOperation(plan, this.session.dialect, conflict, readBack, this.options.method);
    return new BatchWriter(this.session, operation, this.options, this.result, this.progress);
  }
}


function planOfObject(dataSource: BulkSession["dataSource"], object: object, index: number): ColumnPlan {
  const type = object.constructor;
  if (typeof type !== "function" || type === Object || !dataSource.hasMetadata(type)) {
    const name = typeof type === "function" ? type.name : "object";
    throw new BulkError(`bulkSaveObjects: object ${index} is a ${name}, not an instance of an entity class`, {
      entity: name,
      rowIndex: index,
    });
  }
  return columnPlanOf(dataSource, type);
}
