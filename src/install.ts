import { EntityManager, Repository, type EntityTarget, type ObjectLiteral } from "typeorm";
import { bulkInsertMappings, bulkSaveObjects } from "./operations/bulk-insert";
import { bulkUpdateMappings } from "./operations/bulk-update";
import type { BulkInsertOptions, BulkMapping, BulkResult, BulkRowSource, BulkUpdateOptions } from "./types";

declare module "typeorm" {
  interface EntityManager {
    /** See {@link bulkInsertMappings}. Available after `installBulk()`. */
    bulkInsertMappings<Entity extends ObjectLiteral>(
      entity: EntityTarget<Entity>,
      rows: BulkRowSource<BulkMapping<Entity>>,
      options?: BulkInsertOptions,
    ): Promise<BulkResult>;
    /** See {@link bulkSaveObjects}. Available after `installBulk()`. */
    bulkSaveObjects(objects: BulkRowSource<object>, options?: BulkInsertOptions): Promise<BulkResult>;
    /** See {@link bulkUpdateMappings}. Available after `installBulk()`. */
    bulkUpdateMappings<Entity extends ObjectLiteral>(
      entity: EntityTarget<Entity>,
      rows: BulkRowSource<BulkMapping<Entity>>,
      options?: BulkUpdateOptions,
    ): Promise<BulkResult>;
  }

  interface Repository<Entity extends ObjectLiteral> {
    /** See {@link bulkInsertMappings}. Available after `installBulk()`. */
    bulkInsertMappings(rows: BulkRowSource<BulkMapping<Entity>>, options?: BulkInsertOptions): Promise<BulkResult>;
    /** See {@link bulkSaveObjects}. Available after `installBulk()`. */
    bulkSaveObjects(objects: BulkRowSource<Entity>, options?: BulkInsertOptions): Promise<BulkResult>;
    /** See {@link bulkUpdateMappings}. Available after `installBulk()`. */
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
 * `EntityManager.prototype` and `Repository.prototype`. Idempotent; call it once at start-up.
 *
 * ```ts
 * installBulk();
 * await dataSource.getRepository(User).bulkInsertMappings([{ username: "john" }]);
 * ```
 */
export function installBulk(): void {
  define(EntityManager.prototype, managerMethods as Methods<never>);
  define(Repository.prototype, repositoryMethods as Methods<never>);
}
