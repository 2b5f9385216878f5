import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"

@Entity("participants")
export class Participant {
    @PrimaryColumn()
    order_id: number

    @PrimaryColumn()
    distance: string

    @Column()
    price?: string
}
