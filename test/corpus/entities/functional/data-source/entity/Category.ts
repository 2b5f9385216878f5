import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { TreeParent } from "typeorm"
import { TreeChildren } from "typeorm"
import { TreeLevelColumn } from "typeorm"
import { Entity } from "typeorm"
import { Tree } from "typeorm"

@Entity("CaTeGoRy")
@Tree("closure-table")
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @TreeParent()
    parentCategory: Category

    @TreeChildren({ cascade: true })
    childCategories: Category[]

    @TreeLevelColumn()
    level: number
}
