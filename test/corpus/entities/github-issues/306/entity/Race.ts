import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Duration } from "./Duration"

@Entity()
export class Race {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @Column(() => Duration)
    duration: Duration
}
