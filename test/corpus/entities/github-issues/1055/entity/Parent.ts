import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Child } from "./Child"
import { OneToMany } from "typeorm"

@Entity()
export class Parent {
    @PrimaryGeneratedColumn()
    public id: number

    @Column()
    public name: string

    @OneToMany(() => Child, (child) => child.parent, { lazy: true })
    public children: Promise<Child[]>
}
