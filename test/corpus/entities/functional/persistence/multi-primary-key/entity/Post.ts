import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { Category } from "./Category"

@Entity()
export class Post {
    @PrimaryColumn()
    firstId: number

    @PrimaryColumn()
    secondId: number

    @Column()
    title: string

    @ManyToOne(() => Category, (category) => category.posts)
    category: Category
}
