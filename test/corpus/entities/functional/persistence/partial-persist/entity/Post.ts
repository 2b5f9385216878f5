import { PrimaryColumn } from "typeorm"
import { Category } from "./Category"
import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Counters } from "./Counters"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @Column()
    title: string

    @Column()
    description: string

    @Column(() => Counters)
    counters: Counters

    @ManyToMany(() => Category, (category) => category.posts, {
        cascade: ["update"],
    })
    @JoinTable()
    categories: Category[]
}
