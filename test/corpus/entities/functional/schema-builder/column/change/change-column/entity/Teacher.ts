import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Student } from "./Student"
import { OneToMany } from "typeorm"
import { Index } from "typeorm"

@Entity()
@Index("ignored_index", { synchronize: false })
export class Teacher {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @OneToMany(() => Student, (student) => student.teacher)
    students: Student[]
}
