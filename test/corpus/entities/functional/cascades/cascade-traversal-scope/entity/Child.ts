import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { OneToMany } from "typeorm"
import { Parent } from "./Parent"
import { GrandChild } from "./GrandChild"

@Entity()
export class Child {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToOne(() => Parent, (parent) => parent.children)
    parent: Parent

    @OneToMany(() => GrandChild, (gc) => gc.child, {
        cascade: ["insert"],
    })
    grandChildren: GrandChild[]
}
