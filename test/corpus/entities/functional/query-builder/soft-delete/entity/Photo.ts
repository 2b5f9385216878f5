import { Entity } from "typeorm"
import { DeleteDateColumn } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Counters } from "./Counters"

@Entity()
export class Photo {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    url: string

    @Column(() => Counters)
    counters: Counters

    @DeleteDateColumn()
    deletedAt: Date
}
