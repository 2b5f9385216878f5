import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Faculty } from "./Faculty"
import { ManyToOne } from "typeorm"
import { Teacher } from "./Teacher"
import { Index } from "typeorm"

@Entity()
@Index("student_name_index", ["name"])
export class Student {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToOne(() => Faculty)
    faculty: Faculty

    @ManyToOne(() => Teacher)
    teacher: Teacher
}
