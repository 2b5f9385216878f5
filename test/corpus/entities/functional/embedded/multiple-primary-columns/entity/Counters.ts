import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"

export class Counters {
    @PrimaryColumn()
    code: number

    @Column()
    likes: number

    @Column()
    comments: number

    @Column()
    favorites: number
}
