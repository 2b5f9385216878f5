import type { EntityTarget, ObjectLiteral } from "typeorm";
import { BulkError } from "../errors";
import type { BulkTarget } from "../execution/session";
import type { BulkMapping, BulkResult, BulkRowSource, BulkUpdateOptions } from "../types";

/** Updates rows by primary key, one statement per batch. */
export async function bulkUpdateMappings<Entity extends ObjectLiteral>(
  _target: BulkTarget,
  _entity: EntityTarget<Entity>,
  _rows: BulkRowSource<BulkMapping<Entity>>,
  _options: BulkUpdateOptions = {},
): Promise<BulkResult> {
  throw new BulkError("bulkUpdateMappings is not implemented yet");
}
