import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A user's role; `name` is unique. */
@Entity("role")
export class Role {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 100, unique: true })
  name!: string;
}
