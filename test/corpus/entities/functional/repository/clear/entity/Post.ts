import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @Column()
    title: string
}
