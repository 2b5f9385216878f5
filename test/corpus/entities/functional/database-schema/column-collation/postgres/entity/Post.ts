import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @Column({ collation: "en_US" })
    name: string
}
