import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"
import { Counters } from "./Counters"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @Column()
    title: string

    @Column(() => Counters)
    counters: Counters
}
