import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "../entities";

/**
 * The insert benchmarks' row: a role FK, a unique username, a nullable email, an `int` with a
 * default and a create date. The default is what makes rows irregular: input that leaves
 * `score` out gets the column's default, as JSON and CSV input often do.
 */
@Entity("bench_user")
export class BenchUser {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 100, unique: true })
  username!: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  email!: string | null;

  @Column({ type: "int", default: 0 })
  score!: number;

  @ManyToOne(() => Role, { nullable: true, onDelete: "CASCADE" })
  role!: Role | null;

  @CreateDateColumn()
  createdAt!: Date;
}
