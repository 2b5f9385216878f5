import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Post } from "./Post"
import { ManyToOne } from "typeorm"
import { JoinColumn } from "typeorm"

@Entity()
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToOne(() => Post, (post) => post.counters.categories)
    @JoinColumn()
    posts: Post[]

    postIds: number[]
}
