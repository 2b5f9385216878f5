import { Entity } from "typeorm"
import { BaseEntity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { JoinTable, ManyToMany } from "typeorm"
import { Category } from "./category.entity"

@Entity("post_test")
export class Post extends BaseEntity {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @Column({
        default: "This is default text.",
    })
    text: string

    @ManyToMany(() => Category)
    @JoinTable()
    categories: Category[]
}
