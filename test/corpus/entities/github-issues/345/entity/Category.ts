import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Post } from "./Post"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"

@Entity()
export class Category {
    @PrimaryGeneratedColumn()
    category_id: number

    @Column()
    name: string

    @ManyToMany(() => Post, (post) => post.categories)
    @JoinTable()
    posts: Post[]
}
