import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Category } from "./Category"
import { Subcounters } from "./Subcounters"

export class Counters {
    @PrimaryColumn()
    code: number

    @Column()
    likes: number

    @Column()
    comments: number

    @Column()
    favorites: number

    @ManyToMany(() => Category, (category) => category.posts)
    @JoinTable({ name: "counter_categories" })
    categories: Category[]

    @Column(() => Subcounters, { prefix: "sub" })
    subcntrs: Subcounters

    categoryIds: number[]
}
