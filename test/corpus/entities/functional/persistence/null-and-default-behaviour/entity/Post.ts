import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @Column({ type: String, default: "hello default value", nullable: true })
    title?: string | null
}
