import type { EntityMetadata } from "typeorm";
import { BulkError } from "../errors";
import type { ColumnMetadata, EmbeddedMetadata, RelationMetadata } from "./typeorm-types";

/** What a key of an input row names. */
type KeyKind = "column" | "relation" | "join-column" | "to-many" | "embedded";

/**
 * The keys a mapping may use, level by level (embedded objects nest). Built once per entity;
 * validating a row is then one `for…in` and a map lookup per key.
 */
export class KeySpace {
  private readonly kinds = new Map<string, KeyKind>();
  private readonly children = new Map<string, KeySpace>();

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
    return [...this.kinds.entries()].filter(([, kind]) => kind !== "to-many").map(([key]) => key);
  }

  /** Throws a {@link BulkError} naming the first key of `row` that the entity does not map for writing. */
  validate(row: object, rowIndex: number): void {
    for (const key in row) {
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
      const child = new KeySpace(this.entity, `${this.prefix}${embedded.propertyName}.`);
      child.addLevel(embedded.columns, embedded.relations, embedded.embeddeds);
      this.kinds.set(embedded.propertyName, "embedded");
      this.children.set(embedded.propertyName, child);
    }
  }
}
