import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @Column({
        type: "simple-json",
        nullable: true,
    })
    jsonField: any
}
