import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { User } from "./User"

export class Subcounters {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    version: number

    @Column()
    watches: number

    @ManyToOne(() => User)
    watchedUser: User

    watchedUserId: number
}
