import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { Post } from "./Post"
import { OneToMany } from "typeorm"
import { Generated } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn({ name: "theId" })
    @Generated()
    id: number

    @Column()
    name: string

    @OneToMany(() => Post, (post) => post.category, {
        cascade: ["insert"],
    })
    posts: Post[]
}
