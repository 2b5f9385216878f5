import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { Post } from "./Post"

@Entity()
export class Category {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    @ManyToOne(() => Post, {
        cascade: true,
        onDelete: "SET NULL",
    })
    post?: Post | null | number

    constructor(id: number, name: string, post?: Post) {
        this.id = id
        this.name = name
        if (post) this.post = post
    }
}
