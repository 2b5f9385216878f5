import { Category } from "./Category"
import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @ManyToMany(() => Category, (category) => category.posts)
    @JoinTable()
    categories: Category[] | null
}
