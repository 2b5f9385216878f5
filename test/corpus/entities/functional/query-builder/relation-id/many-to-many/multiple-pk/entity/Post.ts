import { ManyToMany } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"
import { JoinTable } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Category } from "./Category"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @PrimaryColumn()
    authorId: number

    @Column()
    title: string

    @Column()
    isRemoved: boolean = false

    @ManyToMany(() => Category, (category) => category.posts)
    @JoinTable()
    categories: Category[]

    @ManyToMany(() => Category)
    @JoinTable()
    subcategories: Category[]

    categoryIds: number[]
}
