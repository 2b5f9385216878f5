import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Post } from "./Post"
import { ManyToMany } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Tag {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToMany(() => Post, (post) => post.tags)
    posts: Promise<Post[]>
}
