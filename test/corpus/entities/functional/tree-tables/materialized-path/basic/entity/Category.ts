import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { TreeParent } from "typeorm"
import { TreeChildren } from "typeorm"
import { Entity } from "typeorm"
import { Tree } from "typeorm"
import { ManyToOne } from "typeorm"
import { Product } from "./Product"

@Entity()
@Tree("materialized-path")
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @TreeParent()
    parentCategory: Category

    @TreeChildren({ cascade: true })
    childCategories: Category[]

    @ManyToOne(() => Product, (product) => product.categories)
    product: Product
}
