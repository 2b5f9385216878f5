import { Column, Entity, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn } from "typeorm";

// Entities of the issue-8 follow-up regressions (test/regressions/followups.test.ts). Each
// shape has two tables: one written by the bulk calls, one by TypeORM's per-row calls (the oracle).

/** A generated key and a unique code, upserted or ignored on the code. */
abstract class ByCode {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 20, unique: true })
  code!: string;

  @Column({ type: "varchar", length: 50, nullable: true })
  name!: string | null;

  @Column({ type: "int", default: 0 })
  points!: number;
}

@Entity("fu_item")
export class FuItem extends ByCode {}

@Entity("fu_item_oracle")
export class FuItemOracle extends ByCode {}

/** An explicit key and a version: what bulkSaveObjects upserts on the key. */
abstract class Doc {
  @PrimaryColumn({ type: "int" })
  id!: number;

  @Column({ type: "varchar", length: 50 })
  title!: string;

  @Column({ type: "varchar", length: 50, nullable: true })
  note!: string | null;

  @VersionColumn()
  version!: number;
}

@Entity("fu_doc")
export class FuDoc extends Doc {}

@Entity("fu_doc_oracle")
export class FuDocOracle extends Doc {}

/** A plain table for the transaction cases. */
@Entity("fu_user")
export class FuUser {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 50 })
  name!: string;
}

@Entity("fu_parent")
export class FuParent {
  @PrimaryGeneratedColumn()
  id!: number;
}

/** A child whose foreign key the test makes deferred (checked at COMMIT) where the database can. */
@Entity("fu_child")
export class FuChild {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => FuParent, { nullable: true, createForeignKeyConstraints: false })
  parent!: FuParent | null;
}
