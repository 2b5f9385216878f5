import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { Category } from "./Category"
import { Generated } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn({ name: "theId" })
    @Generated()
    id: number

    @Column()
    title: string

    @ManyToOne(() => Category, (category) => category.posts, {
        cascade: ["insert"],
    })
    category: Category
}
