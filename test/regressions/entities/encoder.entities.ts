import { Column, Entity, ManyToOne, PrimaryColumn } from "typeorm";

/** An owner keyed by a `Number` column (the type `@PrimaryColumn() id: number` declares). */
@Entity("encoder_owner")
export class EncoderOwner {
  @PrimaryColumn()
  id!: number;
}

/**
 * Columns of the kinds the generated insert encoder decides inline: a `Number` column, a text
 * and an int column, and a relation whose join column is a `Number` (the related id given bare).
 */
@Entity("encoder_item")
export class EncoderItem {
  @PrimaryColumn()
  id!: number;

  @Column({ type: Number, nullable: true })
  amount!: number | null;

  @Column({ type: "varchar", length: 40, nullable: true })
  label!: string | null;

  @Column({ type: "int", default: 7 })
  rank!: number;

  @ManyToOne(() => EncoderOwner, { nullable: true })
  owner!: EncoderOwner | number | string | null;
}
