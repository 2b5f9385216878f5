import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Flight {
    constructor(id: number, date: Date) {
        this.id = id
        this.date = date
    }

    @PrimaryGeneratedColumn()
    id: number

    @Column("timestamp with time zone")
    date: Date
}
