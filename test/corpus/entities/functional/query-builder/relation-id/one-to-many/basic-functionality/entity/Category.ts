import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { OneToMany } from "typeorm"
import { Image } from "./Image"
import { Post } from "./Post"

@Entity()
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @Column()
    isRemoved: boolean = false

    @OneToMany(() => Image, (image) => image.category)
    images: Image[]

    imageIds: number[]

    @ManyToOne(() => Post, (post) => post.categories)
    post: Post

    postId: number
}
