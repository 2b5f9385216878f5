import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Post } from "./Post"

@Entity()
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToMany(() => Post, (post) => post.counters.categories)
    posts: Post[]

    postIds: number[]
}
