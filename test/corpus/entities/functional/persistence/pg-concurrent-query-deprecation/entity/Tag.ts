import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { DeleteDateColumn } from "typeorm"
import { ManyToMany } from "typeorm"
import { Post } from "./Post"

@Entity()
export class Tag {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @DeleteDateColumn()
    deletedAt?: Date

    @ManyToMany(() => Post, (post) => post.tags)
    posts: Post[]
}
