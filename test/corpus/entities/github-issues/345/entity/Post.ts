import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Category } from "./Category"
import { ManyToMany } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @ManyToMany(() => Category, (category) => category.posts, {
        cascade: ["insert"],
    })
    categories: Category[]
}
