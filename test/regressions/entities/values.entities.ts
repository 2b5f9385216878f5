import {
  Column,
  CreateDateColumn,
  Entity,
  ManyToOne,
  PrimaryGeneratedColumn,
  type ColumnType,
  type ValueTransformer,
} from "typeorm";
import type { Family } from "../../support/databases";

/** Passes every value through unchanged: what reaches the driver is the entity value. */
const passThrough: ValueTransformer = { to: (value: unknown) => value, from: (value: unknown) => value };

/** Writes non-finite numbers as their name, as some applications store them in text. */
const finiteAsText: ValueTransformer = {
  to: (value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? String(value) : value),
  from: (value: unknown) => value,
};

/** Writes what can't be stored (non-finite, invalid Date, symbol, huge bigint) as NULL. */
const unstorableAsNull: ValueTransformer = {
  to: (value: unknown) => {
    if (typeof value === "number" && !Number.isFinite(value)) return null;
    if (value instanceof Date && Number.isNaN(value.getTime())) return null;
    if (typeof value === "symbol") return null;
    if (typeof value === "bigint") return value.toString().length;
    return value;
  },
  from: (value: unknown) => value,
};

/** A relation target. */
@Entity("values_category")
export class ValuesCategory {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 40, nullable: true })
  name!: string | null;
}

/** A lazy many-to-one (TypeORM's setter keeps the value in `__category__`). */
@Entity("values_post")
export class ValuesPost {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 40, nullable: true })
  title!: string | null;

  @ManyToOne(() => ValuesCategory, { lazy: true, nullable: true })
  declare category: Promise<ValuesCategory | null>;
}

/** Every column has a default, is generated or is nullable: `{}` is a whole row. */
@Entity("values_defaults")
export class ValuesDefaults {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 40, default: "none" })
  label!: string;

  @Column({ type: "int", nullable: true })
  amount!: number | null;

  @CreateDateColumn()
  createdAt!: Date;
}

/** Scalar columns that get values of other types (numbers, Dates, booleans, arrays, through transformers). */
@Entity("values_scalar")
export class ValuesScalar {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 60, nullable: true })
  code!: string | null;

  @Column({ type: "varchar", length: 60, nullable: true, transformer: passThrough })
  loose!: unknown;

  @Column({ type: "int", nullable: true, transformer: passThrough })
  flag!: unknown;

  @Column({ type: "varchar", length: 60, nullable: true, transformer: finiteAsText })
  measured!: number | null;

  @Column({ type: "int", nullable: true, transformer: unstorableAsNull })
  checked!: unknown;
}

/** A JSON document column in each database's JSON type (`jsonb` where TypeORM has one). */
export function jsonEntity(family: Family, typeormMajor: number) {
  const type: ColumnType = family === "mysql" ? "json" : family === "sqlite" && typeormMajor < 1 ? "simple-json" : "jsonb";

  @Entity("values_doc")
  class ValuesDoc {
    @PrimaryGeneratedColumn()
    id!: number;

    @Column({ type: "varchar", length: 40, unique: true })
    code!: string;

    @Column({ type, nullable: true })
    doc!: unknown;
  }

  /** The same table seen as plain text (TypeORM's test sql-tag maps one table with several classes). */
  @Entity("values_doc", { synchronize: false })
  class ValuesDocText {
    @PrimaryGeneratedColumn()
    id!: number;

    @Column({ type: "varchar", length: 40, unique: true })
    code!: string;

    @Column({ type: "text", nullable: true })
    doc!: string | null;
  }
  return { ValuesDoc, ValuesDocText };
}
