import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "./role.entity";

/** A user; the table is named `user`, a reserved word in PostgreSQL, on purpose. */
@Entity("user")
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 100, unique: true })
  username!: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  email!: string | null;

  @ManyToOne(() => Role, { nullable: true, onDelete: "CASCADE" })
  role!: Role | null;

  @CreateDateColumn()
  createdAt!: Date;
}
