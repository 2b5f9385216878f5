import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Example {
    @PrimaryColumn()
    id: Date

    @Column()
    text: string
}
