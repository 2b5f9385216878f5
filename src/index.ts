export { installBulk } from "./install";
export { bulkInsertMappings, bulkSaveObjects } from "./operations/bulk-insert";
export { bulkUpdateMappings } from "./operations/bulk-update";
export { BulkError, type BulkErrorDetails } from "./errors";
export type { BulkTarget } from "./execution/session";
export type {
  BulkInsertOptions,
  BulkMapping,
  BulkOptions,
  BulkProgress,
  BulkResult,
  BulkRowSource,
  BulkUpdateOptions,
  Identifier,
  InsertMethod,
  OnConflict,
  SqlStatement,
} from "./types";
