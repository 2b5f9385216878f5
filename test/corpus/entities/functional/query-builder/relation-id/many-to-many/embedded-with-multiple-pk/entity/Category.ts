import { Entity } from "typeorm"
import { ManyToMany } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Post } from "./Post"

@Entity()
export class Category {
    @PrimaryColumn()
    id: number

    @PrimaryColumn()
    name: string

    @ManyToMany(() => Post, (post) => post.counters.categories)
    posts: Post[]

    postIds: number[]
}
