import { Entity } from "typeorm"
import { Column } from "typeorm"
import { Counters } from "./Counters"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @Column()
    title: string

    @Column(() => Counters)
    counters: Counters
}
