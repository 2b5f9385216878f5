import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { Post } from "./Post"
import { PrimaryColumn } from "typeorm"
import { RelationId } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn()
    firstId: number

    @PrimaryColumn()
    secondId: number

    @Column()
    name: string

    @ManyToOne(() => Post, (post) => post.categories)
    post: Post

    @RelationId((category: Category) => category.post)
    postId: number
}
