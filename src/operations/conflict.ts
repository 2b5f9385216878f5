import type { ConflictPlan } from "../dialects/dialect";
import { BulkError } from "../errors";
import type { ColumnPlan } from "../metadata/column-plan";
import type { ColumnMetadata } from "../metadata/typeorm-types";
import type { OnConflict } from "../types";

/** Resolves the `onConflict` option's property names to columns of `plan`. */
export function conflictPlanOf(plan: ColumnPlan, onConflict: OnConflict | undefined): ConflictPlan {
  if (onConflict === undefined || onConflict === "error") return { kind: "error" };
  if (onConflict === "ignore") return { kind: "ignore" };
  if (typeof onConflict !== "object" || !Array.isArray(onConflict.update)) {
    throw new BulkError(`${plan.entityName}: onConflict must be "error", "ignore" or { target?, update }`, {
      entity: plan.entityName,
    });
  }
  const target = onConflict.target ? columnsOf(plan, onConflict.target) : [...plan.primaryColumns];
  const update = columnsOf(plan, onConflict.update);
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

/** The columns behind property paths (a relation path gives its join columns). */
export function columnsOf(plan: ColumnPlan, paths: readonly string[]): ColumnMetadata[] {
  return paths.flatMap((path) => {
    const columns = plan.metadata.findColumnsWithPropertyPath(path);
    if (columns.length === 0) {
      throw new BulkError(`${plan.entityName}: "${path}" is not a column or relation of ${plan.entityName}`, {
        entity: plan.entityName,
        key: path,
      });
    }
    return columns;
  });
}
