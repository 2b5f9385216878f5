import { Column, Entity, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";

// Entities of the MySQL/MariaDB regression tests (test/regressions/mysql.test.ts).

/** The referenced side of a foreign key. */
@Entity("my_parent")
export class MyParent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 20, default: "p" })
  name!: string;
}

/** A unique key, a short varchar, a tinyint and a foreign key: everything INSERT IGNORE would hide. */
@Entity("my_guarded")
export class MyGuarded {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 20, unique: true })
  code!: string;

  @Column({ type: "varchar", length: 5, default: "n" })
  name!: string;

  @Column({ type: "tinyint", nullable: true })
  small!: number | null;

  @ManyToOne(() => MyParent, { nullable: true })
  parent!: MyParent | null;

  @VersionColumn()
  version!: number;

  @UpdateDateColumn({ type: "datetime", precision: 6 })
  updatedAt!: Date;
}

/** An explicit key, for upsert counts. */
@Entity("my_keyed")
export class MyKeyed {
  @PrimaryColumn({ type: "int" })
  id!: number;

  @Column({ type: "varchar", length: 20 })
  name!: string;
}

/** Every spatial column type MySQL has, one with an SRID. */
@Entity("my_spatial")
export class MySpatial {
  @PrimaryColumn({ type: "int" })
  id!: number;

  @Column({ type: "geometry", nullable: true })
  geometry!: string | null;

  @Column({ type: "point", nullable: true })
  point!: string | null;

  @Column({ type: "point", srid: 4326, nullable: true })
  located!: string | null;

  @Column({ type: "linestring", nullable: true })
  line!: string | null;

  @Column({ type: "polygon", nullable: true })
  polygon!: string | null;

  @Column({ type: "multipoint", nullable: true })
  points!: string | null;

  @Column({ type: "multilinestring", nullable: true })
  lines!: string | null;

  @Column({ type: "multipolygon", nullable: true })
  polygons!: string | null;

  @Column({ type: "geometrycollection", nullable: true })
  collection!: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  label!: string | null;
}

/** Large text, for statement sizes. */
@Entity("my_large")
export class MyLarge {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "longtext" })
  body!: string;
}

/** Every column has a default: `{}` is a valid row. */
@Entity("my_defaults")
export class MyDefaults {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 10, default: "dflt" })
  name!: string;

  @Column({ type: "int", default: 7 })
  count!: number;
}

/** Column types whose values are easy to get wrong outside mysql2's own escaping. */
@Entity("my_typed")
export class MyTyped {
  @PrimaryColumn({ type: "int" })
  id!: number;

  @Column({ type: "char", length: 6, nullable: true })
  fixed!: string | null;

  @Column({ type: "bit", nullable: true })
  bits!: Buffer | boolean | null;

  @Column({ type: "set", enum: ["a", "b", "c"], nullable: true })
  flags!: string[] | null;

  @Column({ type: "enum", enum: ["x", "y"], nullable: true })
  choice!: string | null;

  @Column({ type: "year", nullable: true })
  year!: number | null;

  @Column({ type: "time", precision: 3, nullable: true })
  time!: string | null;

  @Column({ type: "decimal", precision: 20, scale: 6, nullable: true })
  amount!: string | null;

  @Column({ type: "int", unsigned: true, zerofill: true, nullable: true })
  padded!: number | null;

  @Column({ type: "json", nullable: true })
  doc!: unknown;

  @Column({ type: "boolean", nullable: true })
  flag!: boolean | null;

  @Column({ type: "datetime", precision: 3, nullable: true })
  at!: Date | null;

  @Column({ type: "date", nullable: true })
  day!: string | null;

  @Column({ type: "blob", nullable: true })
  data!: Buffer | null;

  @Column({ type: "text", nullable: true })
  text!: string | null;
}
