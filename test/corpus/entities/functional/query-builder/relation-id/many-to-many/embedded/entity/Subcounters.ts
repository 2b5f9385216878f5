import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { User } from "./User"

export class Subcounters {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    version: number

    @Column()
    watches: number

    @ManyToMany(() => User)
    @JoinTable({ name: "subcnt_users" })
    watchedUsers: User[]

    watchedUserIds: number[]
}
