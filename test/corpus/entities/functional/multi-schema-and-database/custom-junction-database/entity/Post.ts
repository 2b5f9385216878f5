import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Category } from "./Category"

@Entity({
    database: "yoman",
})
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToMany(() => Category)
    @JoinTable({ database: "yoman" })
    categories: Category[]
}
