import { Column } from "typeorm"
import { JoinColumn } from "typeorm"
import { ManyToOne } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { User } from "./User"
import { Subcounters } from "./Subcounters"

export class Counters {
    @PrimaryColumn()
    code: number

    @Column()
    likes: number

    @Column()
    comments: number

    @Column()
    favorites: number

    @Column(() => Subcounters, { prefix: "subcnt" })
    subcounters: Subcounters

    @ManyToOne(() => User)
    @JoinColumn()
    likedUser: User
}
