import { Column } from "typeorm"
import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { ManyToMany } from "typeorm"
import { Teacher } from "./Teacher"

@Entity()
export class Specialization {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToMany(() => Teacher, (teacher) => teacher.specializations)
    teachers: Teacher[]
}
