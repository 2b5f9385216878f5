import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { Post } from "./Post"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    @Column()
    position: number

    @ManyToMany(() => Post, (post) => post.categories)
    posts: Post[]
}
