import { Column } from "typeorm"
import { Entity } from "typeorm"
import { ManyToMany } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Post } from "./Post"

@Entity()
export class User {
    @PrimaryColumn()
    id: number

    @PrimaryColumn()
    personId: number

    @Column()
    name: string

    @ManyToMany(() => Post, (post) => post.counters.likedUsers)
    likedPosts: Post[]
}
