import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class PostBigInt {
    @PrimaryColumn()
    id: number

    @Column()
    title: string

    @Column("bigint", {
        unsigned: true,
    })
    counter: string
}
