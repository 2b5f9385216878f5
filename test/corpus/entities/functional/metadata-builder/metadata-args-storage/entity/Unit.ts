import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

export class Unit {
    @PrimaryGeneratedColumn()
    id: string

    @Column()
    type: string
}
