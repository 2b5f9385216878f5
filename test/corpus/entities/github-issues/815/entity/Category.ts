import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { Post } from "./Post"
import { RelationId } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { ManyToMany } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn()
    firstId: number

    @PrimaryColumn()
    secondId: number

    @Column()
    name: string

    @ManyToOne(() => Post, (post) => post.categories)
    post: Post | null

    @RelationId((category: Category) => category.post)
    postId: number

    @ManyToMany(() => Post, (post) => post.manyCategories)
    manyPosts: Post[]

    @RelationId((category: Category) => category.manyPosts)
    manyPostIds: number[]
}
