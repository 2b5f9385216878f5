import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { TreeParent } from "typeorm"
import { TreeChildren } from "typeorm"
import { Entity } from "typeorm"
import { Tree } from "typeorm"
import { JoinColumn } from "typeorm"

@Entity()
@Tree("materialized-path")
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @TreeParent()
    @JoinColumn({
        name: "parent_category_id",
    })
    parentCategory: Category

    @TreeChildren({ cascade: true })
    childCategories: Category[]

    // @TreeLevelColumn()
    // level: number;
}
