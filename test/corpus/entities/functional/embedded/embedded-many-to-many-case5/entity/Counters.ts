import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Subcounters } from "./Subcounters"
import { User } from "./User"
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

    @Column(() => Subcounters, { prefix: "subcnt" })
    subcounters: Subcounters

    @ManyToMany(() => User, (user) => user.likedPosts)
    @JoinTable()
    likedUsers: User[]
}
