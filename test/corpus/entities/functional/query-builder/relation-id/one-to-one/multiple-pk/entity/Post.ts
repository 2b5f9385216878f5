import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { Category } from "./Category"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @PrimaryColumn()
    authorId: number

    @Column()
    title: string

    @Column()
    isRemoved: boolean = false

    @OneToOne(() => Category, (category) => category.post)
    @JoinColumn()
    category: Category

    @OneToOne(() => Category)
    @JoinColumn()
    subcategory: Category

    categoryId: number
}
