import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { BulkTarget } from "../execution/session";
import type { BulkMapping, BulkResult, BulkRowSource, BulkUpdateOptions } from "../types";
import { BatchWriter } from "./batch-writer";
import { planFor, runBulk, writeMappings } from "./run-bulk";
import { UpdateOperation } from "./update-operation";

/**
 * Updates rows by primary key, SQLAlchemy's `bulk_update_mappings`: every row carries its full
 * primary key; only the keys present in a row are set; one statement updates a whole batch.
 * `@UpdateDateColumn` and `@VersionColumn` move as with TypeORM's `update`. `result.updated`
 * counts the input rows whose key matched a stored row; a key given twice is applied twice, in
 * input order (each counted), as per-row `update()` calls would. A key that matches nothing is
 * not an error. Runs no listeners or subscribers.
 *
 * ```ts
 * await bulkUpdateMappings(dataSource, User, [{ id: 1, username: "johnny" }, { id: 2, role: 3 }]);
 * ```
 */
export async function bulkUpdateMappings<Entity extends ObjectLiteral>(
  target: BulkTarget,
  entity: EntityTarget<Entity>,
  rows: BulkRowSource<BulkMapping<Entity>>,
  options: BulkUpdateOptions = {},
): Promise<BulkResult> {
  const plan = planFor(target, entity);
  return runBulk(target, options, async (session, result, progress) => {
    await writeMappings(new BatchWriter(session, new UpdateOperation(plan, session.dialect), options, result, progress), rows);
  });
}
