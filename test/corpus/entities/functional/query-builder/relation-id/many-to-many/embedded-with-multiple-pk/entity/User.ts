import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { ManyToMany } from "typeorm"
import { Post } from "./Post"

@Entity()
export class User {
    @PrimaryColumn()
    id: number

    @PrimaryColumn()
    name: string

    @ManyToMany(() => Post, (post) => post.counters.subcntrs.watchedUsers)
    posts: Post[]

    postIds: number[]
}
