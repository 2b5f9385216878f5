import { Entity, PrimaryColumn } from "typeorm"

@Entity()
export class Tag {
    @PrimaryColumn()
    firstId: number

    @PrimaryColumn()
    secondId: number
}
