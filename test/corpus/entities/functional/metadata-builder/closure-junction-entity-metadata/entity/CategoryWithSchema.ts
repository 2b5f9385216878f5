import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"
import { Tree } from "typeorm"
import { TreeChildren } from "typeorm"
import { TreeParent } from "typeorm"
import { ICategory } from "./Category.interface"

export const schemaName = "my_entity_schema"

@Entity({ schema: schemaName })
@Tree("closure-table")
export class CategoryWithSchema implements ICategory {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @TreeParent()
    parent: CategoryWithSchema

    @TreeChildren()
    children: CategoryWithSchema[]
}
