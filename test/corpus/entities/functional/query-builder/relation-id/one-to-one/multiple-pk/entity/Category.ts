import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Post } from "./Post"
import { Image } from "./Image"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn()
    id: number

    @PrimaryColumn()
    code: number

    @Column()
    name: string

    @Column()
    isRemoved: boolean = false

    @OneToOne(() => Post, (post) => post.category)
    post: Post

    @OneToOne(() => Image, (image) => image.category)
    @JoinColumn()
    image: Image

    postId: number

    imageId: number
}
