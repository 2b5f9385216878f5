import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Parent } from "./Parent"
import { ManyToOne } from "typeorm"

@Entity()
export class Child {
    @PrimaryGeneratedColumn()
    public id: number

    @Column()
    public name: string

    @ManyToOne(() => Parent, (parent) => parent.children, { lazy: true })
    public parent: Promise<Parent> | Parent
}
