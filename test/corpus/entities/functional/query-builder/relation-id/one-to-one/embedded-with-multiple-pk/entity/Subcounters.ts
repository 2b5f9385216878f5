import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { User } from "./User"

export class Subcounters {
    @PrimaryColumn()
    version: number

    @Column()
    watches: number

    @OneToOne(() => User)
    @JoinColumn()
    watchedUser: User

    watchedUserId: number
}
