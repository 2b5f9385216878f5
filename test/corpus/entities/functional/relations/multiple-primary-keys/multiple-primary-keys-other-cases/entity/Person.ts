import { Entity } from "typeorm"
import { Column } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { User } from "./User"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Person {
    @PrimaryColumn()
    userId: number

    @Column()
    fullName: string

    @OneToOne(() => User)
    @JoinColumn()
    user: User
}
