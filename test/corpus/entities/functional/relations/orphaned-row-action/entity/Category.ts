import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Post } from "./Post"
import { OneToMany } from "typeorm"
import { DeleteDateColumn } from "typeorm"

@Entity()
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @OneToMany(() => Post, (post) => post.category, {
        cascade: true,
        eager: true,
    })
    posts: Post[]

    @DeleteDateColumn()
    deletedAt?: Date
}
