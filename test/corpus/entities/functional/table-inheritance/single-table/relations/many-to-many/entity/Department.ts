import { Column } from "typeorm"
import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { ManyToMany } from "typeorm"
import { Accountant } from "./Accountant"

@Entity()
export class Department {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToMany(() => Accountant, (accountant) => accountant.departments)
    accountants: Accountant[]
}
