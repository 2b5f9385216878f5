import type { EntityTarget, ObjectLiteral } from "typeorm";
import { dialectOf } from "../dialects/resolve-dialect";
import { BulkError } from "../errors";
import { dataSourceOf, withSession, type BulkSession, type BulkTarget } from "../execution/session";
import { columnPlanOf, type ColumnPlan } from "../metadata/column-plan";
import type { BulkInsertOptions, BulkMapping, BulkResult, BulkRowSource } from "../types";
import { conflictPlanOf } from "./conflict";
import { InsertWriter, type ReadBack } from "./insert-writer";
import { ProgressCounter } from "./progress";
import { forEachRow } from "./row-source";

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
  const readBack: ReadBack = { columns: options.returning ? plan.primaryColumns : [], identifiers: !!options.returning, writeBack: false };
  return runBulk(target, options, async (session, result, progress) => {
    const writer = new InsertWriter(session, plan, options, conflict, readBack, result, progress);
    await forEachRow(rows, plan.entityName, (row, index) => {
      if (!isRow(row)) throw new BulkError(`${plan.entityName}: row ${index} is not an object`, { entity: plan.entityName, rowIndex: index });
      plan.keys.validate(row, index);
      return writer.add(row, index) ? writer.flush() : undefined;
    });
    await writer.finish();
  });
}

/**
 * Inserts entity instances, of one or several entity classes; classes are written in the
 * order they first appear, so a batch of roles goes before the users that reference them.
 * With `returning: true` the generated values (primary key, create/update date, version,
 * database defaults) are written back onto the same objects. Runs no listeners, no
 * subscribers, no cascades; objects are not tracked or reloaded.
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
    const writers = new Map<Function, InsertWriter>();
    const writerFor = (object: object, index: number): InsertWriter => {
      let writer = writers.get(object.constructor);
      if (writer === undefined) {
        const plan = planOfObject(dataSource, object, index);
        const readBack: ReadBack = {
          columns: options.returning ? plan.generatedColumns : [],
          identifiers: !!options.returning,
          writeBack: !!options.returning,
        };
        writer = new InsertWriter(session, plan, options, conflictPlanOf(plan, options.onConflict), readBack, result, progress);
        writers.set(object.constructor, writer);
      }
      return writer;
    };
    await forEachRow(objects, "bulkSaveObjects", (object, index) => {
      if (!isRow(object)) throw new BulkError(`bulkSaveObjects: object ${index} is not an object`, { rowIndex: index });
      if (!writerFor(object, index).add(object, index)) return undefined;
      // A full buffer flushes every class, in first-appearance order, so referenced rows go first.
      return flushAll(writers.values());
    });
    for (const writer of writers.values()) await writer.finish();
  });
}

/** Opens the session, runs `work` with a fresh result and progress counter, and returns the result. */
async function runBulk(
  target: BulkTarget,
  options: BulkInsertOptions,
  work: (session: BulkSession, result: BulkResult, progress: ProgressCounter) => Promise<void>,
): Promise<BulkResult> {
  const result: BulkResult = { inserted: 0, updated: 0, batches: 0 };
  if (options.returning) result.identifiers = [];
  if (options.dryRun) result.statements = [];
  const transactional = options.transaction !== false && !options.dryRun;
  await withSession(target, transactional, (session) => work(session, result, new ProgressCounter(options.onProgress)));
  return result;
}

/** The plan of `entity` on `target`'s DataSource, after checking the database is supported. */
export function planFor(target: BulkTarget, entity: EntityTarget<ObjectLiteral>): ColumnPlan {
  const dataSource = dataSourceOf(target);
  dialectOf(dataSource);
  return columnPlanOf(dataSource, entity);
}

async function flushAll(writers: Iterable<InsertWriter>): Promise<void> {
  for (const writer of writers) await writer.flush();
}

function isRow(row: unknown): row is ObjectLiteral {
  return typeof row === "object" && row !== null && !Array.isArray(row);
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
