import type { EntityMetadata } from "typeorm";
import { BulkError } from "../errors";
import { compileKeyCheck, type KeyCheck } from "./compiled-access";
import type { ColumnMetadata, EmbeddedMetadata, RelationMetadata } from "./typeorm-types";

/** What a key of an input row names. */
type KeyKind = "column" | "relation" | "join-column" | "to-many" | "embedded" | "lazy-state";

/**
 * The keys a mapping may use, level by level (embedded objects nest). Built once per entity;
 * validating a row is then one `for…in` and a map lookup per key.
 */
export class KeySpace {
  private readonly kinds = new Map<string, KeyKind>();
  private readonly children = new Map<string, KeySpace>();
  private check: KeyCheck | undefined;

  private constructor(
    private readonly entity: string,
    private readonly prefix: string,
  ) {}

  /** The key space of a whole entity. */
  static forEntity(metadata: EntityMetadata): KeySpace {
    const space = new KeySpace(metadata.name, "");
    space.addLevel(
      metadata.columns.filter((c) => !c.embeddedMetadata),
      metadata.relations.filter((r) => !r.embeddedMetadata),
      metadata.embeddeds,
    );
    return space;
  }

  /** Every key accepted at the top level, for error messages. */
  get knownKeys(): string[] {
    return [...this.kinds.entries()].filter(([, kind]) => kind !== "to-many" && kind !== "lazy-state").map(([key]) => key);
  }

  /**
   * Throws a {@link BulkError} naming the first key of `row` that the entity does not map for
   * writing. Keys of columns and relations are accepted by a generated check (one comparison
   * each); the others are looked at by `checkKey`.
   */
  validate(row: object, rowIndex: number): void {
    this.check ??= compileKeyCheck(
      [...this.kinds].filter(([, kind]) => kind !== "to-many" && kind !== "embedded").map(([key]) => key),
      (value, key, index) => this.checkKey(value, key, index),
    );
    this.check(row, rowIndex);
  }

  /** A key the generated check doesn't accept by itself: an embedded object's, a refused or an unknown one. */
  private checkKey(row: object, key: string, rowIndex: number): void {
    const kind = this.kinds.get(key);
    if (kind === undefined) throw BulkError.unknownKey(this.entity, this.prefix + key, rowIndex, this.knownKeys);
    if (kind === "to-many") {
      throw BulkError.badValue(
        this.entity,
        this.prefix + key,
        rowIndex,
        "one-to-many and many-to-many relations are not written by bulk calls (nothing cascades)",
      );
    }
    if (kind === "embedded") this.validateEmbedded(key, (row as Record<string, unknown>)[key], rowIndex);
  }

  private validateEmbedded(key: string, value: unknown, rowIndex: number): void {
    if (value === undefined || value === null) return;
    if (typeof value !== "object" || Array.isArray(value)) {
      throw BulkError.badValue(this.entity, this.prefix + key, rowIndex, "an embedded value must be an object");
    }
    this.children.get(key)!.validate(value, rowIndex);
  }

  private addLevel(
    columns: readonly ColumnMetadata[],
    relations: readonly RelationMetadata[],
    embeddeds: readonly EmbeddedMetadata[],
  ): void {
    for (const column of columns) {
      if (column.relationMetadata && column.isVirtual) continue; // reached through its relation below
      this.kinds.set(column.propertyName, "column");
    }
    for (const relation of relations) {
      // an entity instance carries what TypeORM's lazy setter stored (its getter is on the prototype)
      if (relation.isLazy) for (const state of lazyStateKeys(relation.propertyName)) this.kinds.set(state, "lazy-state");
      if (!relation.isOwning || relation.isManyToMany) {
        this.kinds.set(relation.propertyName, "to-many");
        continue;
      }
      this.kinds.set(relation.propertyName, "relation");
      for (const joinColumn of relation.joinColumns) {
        if (!this.kinds.has(joinColumn.databaseName)) this.kinds.set(joinColumn.databaseName, "join-column");
      }
    }
    for (const embedded of embeddeds) {
      // single-table-inheritance children may declare embeddeds of the same name (each its own
      // columns): the root's insert reads every one of them from the same object, so keys unite
      let child = this.children.get(embedded.propertyName);
      if (child === undefined) {
        child = new KeySpace(this.entity, `${this.prefix}${embedded.propertyName}.`);
        this.children.set(embedded.propertyName, child);
      }
      child.addLevel(embedded.columns, embedded.relations, embedded.embeddeds);
      this.kinds.set(embedded.propertyName, "embedded");
    }
  }
}

/** The properties TypeORM's lazy-relation setter and getter keep on an instance. */
function lazyStateKeys(property: string): string[] {
  return [`__${property}__`, `__has_${property}__`, `__promise_${property}__`];
}
