import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { Post } from "./Post"

@Entity()
export class CategoryWithCompositePK {
    @PrimaryColumn()
    categoryId: number

    @PrimaryColumn()
    categoryType: string

    @Column()
    name: string

    @ManyToMany(() => Post, (post) => post.compositePKCategories)
    posts: Post[]
}
