import { Column } from "typeorm"
import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { ManyToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { Post } from "./Post"

@Entity()
export class User {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToOne(() => Post, (post) => post.counters.subcounters.watchedUsers)
    @JoinColumn()
    posts: Post[]
}
