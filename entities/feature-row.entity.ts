import {
  ChildEntity,
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Generated,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  TableInheritance,
  UpdateDateColumn,
  VersionColumn,
  type ColumnType,
  type ValueTransformer,
} from "typeorm";

/** The SQL family an entity set is declared for: column types differ between them. */
export type ColumnFamily = "sqlite" | "postgres" | "mysql";

/** An enum stored by value. */
export enum Color {
  Red = "red",
  Green = "green",
  Blue = "blue",
}

/** Stores strings lower-cased, reads them back as stored. */
export const lowerCase: ValueTransformer = {
  to: (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value),
  from: (value: unknown) => value,
};

/**
 * Entities that use every column feature the package must convert exactly as TypeORM does:
 * defaults, nullability, transformers, simple-json/array, json, enums, booleans, dates with
 * and without time zone, bigint, decimal, embedded, relations by id, uuid, create/update/
 * delete dates, version, `insert: false`, `update: false` and single-table inheritance.
 * A factory, because the types that exist differ between databases.
 */
export function featureEntities(family: ColumnFamily) {
  const json: ColumnType = family === "postgres" ? "jsonb" : "json";
  const enumType: ColumnType = family === "sqlite" ? "simple-enum" : "enum";
  const timestamp: ColumnType = family === "postgres" ? "timestamp" : "datetime";
  const timestampTz: ColumnType = family === "postgres" ? "timestamptz" : family === "mysql" ? "timestamp" : "datetime";
  const uuid: ColumnType = family === "postgres" ? "uuid" : "varchar";

  @Entity("feature_parent")
  class FeatureParent {
    @PrimaryGeneratedColumn()
    id!: number;

    @Column({ type: "varchar", length: 50 })
    name!: string;
  }

  class PersonName {
    @Column({ type: "varchar", length: 50, nullable: true })
    first!: string | null;

    @Column({ type: "varchar", length: 50, nullable: true })
    last!: string | null;
  }

  @Entity("feature_row")
  @TableInheritance({ column: { type: "varchar", length: 20, name: "kind" } })
  class FeatureRow {
    @PrimaryGeneratedColumn()
    id!: number;

    @Column({ type: "varchar", length: 100 })
    title!: string;

    @Column({ type: "text", nullable: true })
    note!: string | null;

    @Column({ type: "int", default: 7 })
    counter!: number;

    @Column({ type: "boolean", default: false })
    flag!: boolean;

    @Column({ type: "double precision", nullable: true })
    ratio!: number | null;

    @Column({ type: "bigint", nullable: true })
    big!: string | null;

    @Column({ type: "decimal", precision: 14, scale: 4, nullable: true })
    amount!: string | null;

    @Column({ type: "simple-json", nullable: true })
    simpleJson!: unknown;

    @Column({ type: "simple-array", nullable: true })
    tags!: string[] | null;

    @Column({ type: json, nullable: true })
    doc!: unknown;

    @Column({ type: enumType, enum: Color, default: Color.Red })
    color!: Color;

    @Column({ type: "date", nullable: true })
    day!: string | null;

    @Column({ type: timestamp, nullable: true })
    localAt!: Date | null;

    @Column({ type: timestampTz, nullable: true })
    zonedAt!: Date | null;

    @Column(() => PersonName)
    name!: PersonName;

    @Column({ type: "varchar", length: 100, nullable: true, transformer: lowerCase })
    slug!: string | null;

    @Column({ type: "varchar", length: 20, nullable: true, default: "server", insert: false })
    readOnly!: string | null;

    @Column({ type: "varchar", length: 20, nullable: true, update: false })
    writeOnce!: string | null;

    @Column({ type: uuid })
    @Generated("uuid")
    token!: string;

    @ManyToOne(() => FeatureParent, { nullable: true })
    parent!: FeatureParent | null;

    @Column({ type: "int", nullable: true })
    ownerId!: number | null;

    @ManyToOne(() => FeatureParent, { nullable: true })
    @JoinColumn({ name: "ownerId" })
    owner!: FeatureParent | null;

    @CreateDateColumn()
    createdAt!: Date;

    @UpdateDateColumn()
    updatedAt!: Date;

    @DeleteDateColumn({ nullable: true })
    deletedAt!: Date | null;

    @VersionColumn()
    version!: number;
  }

  @ChildEntity("special")
  class SpecialFeatureRow extends FeatureRow {
    @Column({ type: "varchar", length: 50, nullable: true })
    extra!: string | null;
  }

  return { FeatureParent, FeatureRow, SpecialFeatureRow, entities: [FeatureParent, FeatureRow, SpecialFeatureRow] };
}
