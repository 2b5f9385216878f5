import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { OneToOne } from "typeorm"
import { PostWithRelation } from "./PostWithRelation"

@Entity()
export class CategoryWithRelation {
    @PrimaryColumn()
    id: number

    @Column({ unique: true })
    name: string

    @OneToOne(() => PostWithRelation, (post) => post.category)
    post: PostWithRelation
}
