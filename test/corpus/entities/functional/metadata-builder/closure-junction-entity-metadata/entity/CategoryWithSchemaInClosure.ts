import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"
import { Tree } from "typeorm"
import { TreeChildren } from "typeorm"
import { TreeParent } from "typeorm"
import { ICategory } from "./Category.interface"

export const schemaName = "my_closure_schema"

@Entity()
@Tree("closure-table", { closureTableSchema: schemaName })
export class CategoryWithSchemaInClosure implements ICategory {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @TreeParent()
    parent: CategoryWithSchemaInClosure

    @TreeChildren()
    children: CategoryWithSchemaInClosure[]
}
