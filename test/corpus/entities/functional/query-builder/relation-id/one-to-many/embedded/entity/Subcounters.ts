import { Column } from "typeorm"
import { OneToMany } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { User } from "./User"

export class Subcounters {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    version: number

    @Column()
    watches: number

    @OneToMany(() => User, (user) => user.posts)
    watchedUsers: User[]

    watchedUserIds: number[]
}
