import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"
import { Tree } from "typeorm"
import { TreeChildren } from "typeorm"
import { TreeParent } from "typeorm"
import { ICategory } from "./Category.interface"

@Entity()
@Tree("closure-table")
export class Category implements ICategory {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @TreeParent()
    parent: Category | null

    @TreeChildren()
    children: Category[]
}
