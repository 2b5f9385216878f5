import { Column } from "typeorm"

export class Counters {
    @Column()
    stars: number

    @Column()
    commentCount: number

    @Column()
    metadata: string
}
