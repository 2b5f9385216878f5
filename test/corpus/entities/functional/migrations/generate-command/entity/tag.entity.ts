import { PrimaryColumn } from "typeorm"
import { ManyToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { Entity } from "typeorm"
import { BaseEntity } from "typeorm"
import { Column } from "typeorm"
import { Post } from "./post.entity"

@Entity("tag_test")
export class Tag extends BaseEntity {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    @ManyToOne(() => Post)
    @JoinColumn({ name: "tag_to_post" })
    posts: Post | null
}
