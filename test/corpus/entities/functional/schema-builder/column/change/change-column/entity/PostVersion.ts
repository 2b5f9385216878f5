import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Post } from "./Post"

@Entity()
export class PostVersion {
    @PrimaryColumn()
    id: number

    @ManyToOne(() => Post)
    @JoinColumn({ referencedColumnName: "version" })
    post: Post

    @Column()
    details: string
}
