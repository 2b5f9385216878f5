import { Entity } from "typeorm"
import { Column } from "typeorm"
import { Counters } from "./Counters"

@Entity()
export class Post {
    @Column()
    title: string

    @Column()
    text: string

    @Column(() => Counters, { prefix: "cnt" })
    counters: Counters
}
