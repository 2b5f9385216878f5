import { EntityManager, Repository, type EntityTarget, type ObjectLiteral } from "typeorm";
import { bulkInsertMappings, bulkSaveObjects } from "./operations/bulk-insert";
import { bulkUpdateMappings } from "./operations/bulk-update";
import type { BulkInsertOptions, BulkMapping, BulkResult, BulkRowSource, BulkUpdateOptions } from "./types";

declare module "typeorm" {
  interface EntityManager {
    /** See {@link bulkInsertMappings}. Defined when `typeorm-bulk` is imported. */
    bulkInsertMappings<Entity extends ObjectLiteral>(
      entity: EntityTarget<Entity>,
      rows: BulkRowSource<BulkMapping<Entity>>,
      options?: BulkInsertOptions,
    ): Promise<BulkResult>;
    /** See {@link bulkSaveObjects}. Defined when `typeorm-bulk` is imported. */
    bulkSaveObjects(objects: BulkRowSource<object>, options?: BulkInsertOptions): Promise<BulkResult>;
    /** See {@link bulkUpdateMappings}. Defined when `typeorm-bulk` is imported. */
    bulkUpdateMappings<Entity extends ObjectLiteral>(
      entity: EntityTarget<Entity>,
      rows: BulkRowSource<BulkMapping<Entity>>,
      options?: BulkUpdateOptions,
    ): Promise<BulkResult>;
  }

  interface Repository<Entity extends ObjectLiteral> {
    /** See {@link bulkInsertMappings}. Defined when `typeorm-bulk` is imported. */
    bulkInsertMappings(rows: BulkRowSource<BulkMapping<Entity>>, options?: BulkInsertOptions): Promise<BulkResult>;
    /** See {@link bulkSaveObjects}. Defined when `typeorm-bulk` is imported. */
    bulkSaveObjects(objects: BulkRowSource<Entity>, options?: BulkInsertOptions): Promise<BulkResult>;
    /** See {@link bulkUpdateMappings}. Defined when `typeorm-bulk` is imported. */
    bulkUpdateMappings(rows: BulkRowSource<BulkMapping<Entity>>, options?: BulkUpdateOptions): Promise<BulkResult>;
  }
}

type Methods<T> = { [name: string]: (this: T, ...args: never[]) => Promise<BulkResult> };

const managerMethods: Methods<EntityManager> = {
  bulkInsertMappings(this: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: BulkRowSource<BulkMapping>, options?: BulkInsertOptions) {
    return bulkInsertMappings(this, entity, rows, options);
  },
  bulkSaveObjects(this: EntityManager, objects: BulkRowSource<object>, options?: BulkInsertOptions) {
    return bulkSaveObjects(this, objects, options);
  },
  bulkUpdateMappings(this: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: BulkRowSource<BulkMapping>, options?: BulkUpdateOptions) {
    return bulkUpdateMappings(this, entity, rows, options);
  },
};

const repositoryMethods: Methods<Repository<ObjectLiteral>> = {
  bulkInsertMappings(this: Repository<ObjectLiteral>, rows: BulkRowSource<BulkMapping>, options?: BulkInsertOptions) {
    return bulkInsertMappings(this.manager, this.target, rows, options);
  },
  bulkSaveObjects(this: Repository<ObjectLiteral>, objects: BulkRowSource<object>, options?: BulkInsertOptions) {
    return bulkSaveObjects(this.manager, objects, options);
  },
  bulkUpdateMappings(this: Repository<ObjectLiteral>, rows: BulkRowSource<BulkMapping>, options?: BulkUpdateOptions) {
    return bulkUpdateMappings(this.manager, this.target, rows, options);
  },
};

function define(prototype: object, methods: Methods<never>): void {
  for (const [name, method] of Object.entries(methods)) {
    Object.defineProperty(prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  }
}

/**
 * Adds `bulkInsertMappings`, `bulkSaveObjects` and `bulkUpdateMappings` to TypeORM's
 * `EntityManager.prototype` and `Repository.prototype` (not enumerable). Importing
 * `typeorm-bulk` already does this, because its types declare the methods as soon as the
 * package is imported: a program that type-checks can't call them before they exist. Calling
 * it again is harmless (idempotent); it is kept for code written against earlier versions.
 *
 * ```ts
 * import { installBulk } from "typeorm-bulk";
 * installBulk(); // optional
 * await dataSource.getRepository(User).bulkInsertMappings([{ username: "john" }]);
 * ```
 */
export function installBulk(): void {
  define(EntityManager.prototype, managerMethods as Methods<never>);
  define(Repository.prototype, repositoryMethods as Methods<never>);
}

// The augmentation above is in effect wherever this module is imported, so the methods are too.
installBulk();
