import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { OneToMany } from "typeorm"
import { Category } from "./Category"
import { RelationId } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @OneToMany(() => Category, (category) => category.post)
    categories: Category[]

    @RelationId((post: Post) => post.categories)
    categoryIds: { firstId: number; secondId: number }[]

    @ManyToMany(() => Category, (category) => category.manyPosts)
    @JoinTable()
    manyCategories: Category[]

    @RelationId((post: Post) => post.manyCategories)
    manyCategoryIds: { firstId: number; secondId: number }[]
}
