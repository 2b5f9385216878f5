import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { JoinTable } from "typeorm"
import { Post } from "./Post"
import { Image } from "./Image"

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

    @ManyToMany(() => Post, (post) => post.categories)
    posts: Post[]

    @ManyToMany(() => Image, (image) => image.categories)
    @JoinTable()
    images: Image[]

    postIds: number[]

    imageIds: number[]
}
