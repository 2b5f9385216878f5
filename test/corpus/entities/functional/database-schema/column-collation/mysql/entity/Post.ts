import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @Column({ collation: "ascii_general_ci" })
    name: string

    @Column({ charset: "utf8mb4" })
    title: string

    @Column({ charset: "cp852", collation: "cp852_general_ci" })
    description: string
}
