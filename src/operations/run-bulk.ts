import type { EntityTarget, ObjectLiteral } from "typeorm";
import { dialectOf } from "../dialects/resolve-dialect";
import { BulkError } from "../errors";
import { dataSourceOf, withSession, type BulkSession, type BulkTarget } from "../execution/session";
import { columnPlanOf, type ColumnPlan } from "../metadata/column-plan";
import type { BulkOptions, BulkResult, BulkRowSource } from "../types";
import type { BatchWriter } from "./batch-writer";
import { ProgressCounter } from "./progress";
import { forEachRow } from "./row-source";

// What every public bulk call does around its writers.

/**
 * Opens the session, runs `work` with a fresh result and progress counter, and returns the
 * result. Rejects only with a BulkError, which says what was committed (see `withSession`).
 */
export async function runBulk(
  target: BulkTarget,
  options: BulkOptions & { returning?: boolean },
  work: (session: BulkSession, result: BulkResult, progress: ProgressCounter) => Promise<void>,
): Promise<BulkResult> {
  const result: BulkResult = { inserted: 0, updated: 0, batches: 0 };
  if (options.returning) result.identifiers = [];
  if (options.dryRun) result.statements = [];
  const mode = options.dryRun === true ? "none" : options.transaction === false ? "batch" : "call";
  await withSession(target, mode, (session) => work(session, result, new ProgressCounter(options.onProgress)));
  return result;
}

/** The plan of `entity` on `target`'s DataSource, after checking the database is supported. */
export function planFor(target: BulkTarget, entity: EntityTarget<ObjectLiteral>): ColumnPlan {
  const dataSource = dataSourceOf(target);
  dialectOf(dataSource);
  return columnPlanOf(dataSource, entity);
}

/** Feeds mapping rows, each checked against the entity's keys, to `writer`, then finishes it. */
export async function writeMappings(writer: BatchWriter, rows: BulkRowSource<ObjectLiteral>): Promise<void> {
  const plan = writer.plan;
  await forEachRow(rows, plan.entityName, (row, index) => {
    checkRow(plan, row, index);
    return writer.add(row, index) ? writer.flush() : undefined;
  });
  await writer.finish();
}

/** Checks a mapping row's keys; a throwing getter or Proxy trap is that row's BulkError too. */
function checkRow(plan: ColumnPlan, row: unknown, index: number): asserts row is ObjectLiteral {
  try {
    if (!isRow(row)) throw new BulkError(`${plan.entityName}: row ${index} is not an object`, { entity: plan.entityName, rowIndex: index });
    plan.keys.validate(row, index);
  } catch (cause) {
    throw BulkError.unreadableRow(plan.entityName, index, cause);
  }
}

/** Whether an input row is an object (arrays and primitives are not rows). */
export function isRow(row: unknown): row is ObjectLiteral {
  return typeof row === "object" && row !== null && !Array.isArray(row);
}

