import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"
import { OneToMany } from "typeorm"
import { RelationId } from "typeorm"
import { Post } from "./Post"

@Entity()
export class Category {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    @OneToMany(() => Post, (post) => post.category)
    posts: Post[]

    @RelationId((category: Category) => category.posts)
    postIds: number[]

    @RelationId((category: Category) => category.posts, "removedPosts", (qb) =>
        qb.andWhere("removedPosts.isRemoved = :isRemoved", { isRemoved: true }),
    )
    removedPostIds: number[]
}
