import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { User } from "./User"
import { ManyToOne } from "typeorm"

export class Subcounters {
    @PrimaryColumn()
    version: number

    @Column()
    watches: number

    @ManyToOne(() => User)
    watchedUser: User

    watchedUserId: number
}
