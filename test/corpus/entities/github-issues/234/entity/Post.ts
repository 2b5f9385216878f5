import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Category } from "./Category"
import { ManyToOne } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Tag } from "./Tag"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @ManyToOne(() => Category, (category) => category.posts, {
        cascade: ["insert"],
    })
    category: Promise<Category>

    @ManyToMany(() => Tag, (tag) => tag.posts, {
        cascade: ["insert"],
    })
    @JoinTable()
    tags: Promise<Tag[]>
}
