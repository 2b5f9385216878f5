import { Column } from "typeorm"
import { Category } from "./Category"
import { Subcounters } from "./Subcounters"
import { OneToMany } from "typeorm"

export class Counters {
    @Column()
    likes: number

    @Column()
    comments: number

    @Column()
    favorites: number

    @OneToMany(() => Category, (category) => category.posts)
    categories: Category[]

    @Column(() => Subcounters, { prefix: "sub" })
    subcounters: Subcounters

    categoryIds: number[]
}
