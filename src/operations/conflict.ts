import type { ConflictPlan } from "../dialects/dialect";
import { BulkError } from "../errors";
import type { ColumnPlan } from "../metadata/column-plan";
import type { ColumnMetadata } from "../metadata/typeorm-types";
import type { OnConflict } from "../types";

/** Resolves the `onConflict` option's property names to columns of `plan`; a malformed option is a BulkError. */
export function conflictPlanOf(plan: ColumnPlan, onConflict: OnConflict | undefined): ConflictPlan {
  if (onConflict === undefined || onConflict === "error") return { kind: "error" };
  if (onConflict === "ignore") return { kind: "ignore" };
  const refuse = (what: string) => new BulkError(`${plan.entityName}: ${what}`, { entity: plan.entityName });
  if (typeof onConflict !== "object" || onConflict === null || Array.isArray(onConflict)) {
    throw refuse(`onConflict must be "error", "ignore" or { target?, update }, got ${JSON.stringify(onConflict)}`);
  }
  const { target: targetPaths, update: updatePaths } = onConflict;
  if (targetPaths !== undefined && !isPathList(targetPaths)) {
    throw refuse(`onConflict.target must be an array of property names, got ${JSON.stringify(targetPaths)}`);
  }
  if (!isPathList(updatePaths)) throw refuse(`onConflict.update must be an array of property names, got ${JSON.stringify(updatePaths)}`);
  if (updatePaths.length === 0) {
    throw refuse(`onConflict.update names no property to overwrite (use onConflict: "ignore" to skip conflicting rows)`);
  }
  const target = targetPaths && targetPaths.length > 0 ? columnsOf(plan, targetPaths) : [...plan.primaryColumns];
  const update = columnsOf(plan, updatePaths);
  for (const column of update) {
    if (!column.isUpdate) {
      throw new BulkError(`${plan.entityName}: onConflict.update names "${column.propertyPath}", which is update: false`, {
        entity: plan.entityName,
        key: column.propertyPath,
      });
    }
  }
  return { kind: "update", target, update };
}

function isPathList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((path) => typeof path === "string");
}

/**
 * The columns behind property paths (a relation path gives its join columns), or behind a
 * join column's name (`roleId`), which rows may use as a key too.
 */
export function columnsOf(plan: ColumnPlan, paths: readonly string[]): ColumnMetadata[] {
  return paths.flatMap((path) => {
    const byProperty = plan.metadata.findColumnsWithPropertyPath(path);
    const columns = byProperty.length > 0 ? byProperty : plan.metadata.columns.filter((c) => c.relationMetadata !== undefined && c.databaseName === path);
    if (columns.length === 0) {
      throw new BulkError(`${plan.entityName}: "${path}" is not a column or relation of ${plan.entityName}`, {
        entity: plan.entityName,
        key: path,
      });
    }
    return columns;
  });
}
