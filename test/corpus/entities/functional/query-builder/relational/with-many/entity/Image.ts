import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Post } from "./Post"
import { ManyToMany } from "typeorm"

@Entity()
export class Image {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    url: string

    @ManyToMany(() => Post, (post) => post.images)
    posts: Post[]
}
