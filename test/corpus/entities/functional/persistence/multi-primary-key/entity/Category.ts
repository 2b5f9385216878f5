import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { Post } from "./Post"
import { OneToMany } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn()
    categoryId: number

    @Column()
    name: string

    @OneToMany(() => Post, (post) => post.category)
    posts: Post[]
}
