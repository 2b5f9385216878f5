import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Post } from "./Post"
import { Image } from "./Image"
import { RelationId } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    @Column()
    isRemoved: boolean = false

    @ManyToMany(() => Post, (post) => post.categories)
    posts: Post[]

    @ManyToMany(() => Image)
    @JoinTable()
    images: Image[]

    @RelationId((category: Category) => category.images)
    imageIds: number[]

    @RelationId(
        (category: Category) => category.images,
        "removedImages",
        (qb) =>
            qb.andWhere("removedImages.isRemoved = :isRemoved", {
                isRemoved: true,
            }),
    )
    removedImageIds: number[]

    @RelationId((category: Category) => category.posts)
    postIds: number[]

    @RelationId((category: Category) => category.posts, "removedPosts", (qb) =>
        qb.andWhere("removedPosts.isRemoved = :isRemoved", { isRemoved: true }),
    )
    removedPostIds: number[]
}
