import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { OneToMany } from "typeorm"
import { Post } from "./Post"

@Entity()
export class User {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    @OneToMany(() => Post, (post) => post.counters.likedUser)
    likedPosts: Post[]
}
