import { Entity, PrimaryColumn } from "typeorm"

@Entity()
export class Parent {
    @PrimaryColumn()
    firstId: number

    @PrimaryColumn()
    secondId: number
}
