import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Post } from "./Post"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"

@Entity()
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToMany(() => Post, (post) => post.categories)
    posts: Post[]
}
