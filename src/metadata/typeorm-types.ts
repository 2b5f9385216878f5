import type { EntityMetadata } from "typeorm";

// TypeORM's root entry point exports EntityMetadata but not its parts; deriving them keeps
// this package off TypeORM's deep import paths, which differ between 0.3 and 1.x.

/** TypeORM's metadata of one column. */
export type ColumnMetadata = EntityMetadata["columns"][number];
/** TypeORM's metadata of one relation. */
export type RelationMetadata = EntityMetadata["relations"][number];
/** TypeORM's metadata of one embedded object. */
export type EmbeddedMetadata = EntityMetadata["embeddeds"][number];
