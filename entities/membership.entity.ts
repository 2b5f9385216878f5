import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";

/** A composite primary key (group, member) with update-date and version columns. */
@Entity("membership")
export class Membership {
  @PrimaryColumn({ type: "int" })
  groupId!: number;

  @PrimaryColumn({ type: "varchar", length: 40 })
  member!: string;

  @Column({ type: "varchar", length: 40, nullable: true })
  level!: string | null;

  @Column({ type: "int", default: 0 })
  points!: number;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
