import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn()
    id: string

    @Column()
    title: string
}
