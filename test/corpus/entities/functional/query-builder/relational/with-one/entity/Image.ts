import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { OneToOne } from "typeorm"
import { Post } from "./Post"

@Entity()
export class Image {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    url: string

    @OneToOne(() => Post, (post) => post.image)
    post: Post
}
