import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { User } from "./User"

export class Subcounters {
    @PrimaryColumn()
    version: number

    @Column()
    watches: number

    @ManyToMany(() => User, (user) => user.posts)
    @JoinTable({ name: "subcnt_users" })
    watchedUsers: User[]

    watchedUserIds: number[]
}
