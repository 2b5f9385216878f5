import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Post } from "./Post"
import { Image } from "./Image"

@Entity()
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @Column()
    isRemoved: boolean = false

    @ManyToMany(() => Post, (post) => post.categories)
    posts: Post[]

    @ManyToMany(() => Image)
    @JoinTable()
    images: Image[]

    titleImage: Image

    removedImages: Image[]
}
