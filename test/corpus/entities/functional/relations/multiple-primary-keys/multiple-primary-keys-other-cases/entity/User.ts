import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { OneToMany } from "typeorm"
import { Column } from "typeorm"
import { EventMember } from "./EventMember"

@Entity()
export class User {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @OneToMany(() => EventMember, (member) => member.user)
    members: EventMember[]
}
