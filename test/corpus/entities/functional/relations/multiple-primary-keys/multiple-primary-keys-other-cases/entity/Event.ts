import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { OneToMany } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { EventMember } from "./EventMember"
import { Person } from "./Person"

@Entity()
export class Event {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToOne(() => Person)
    author: Person

    @OneToMany(() => EventMember, (member) => member.event)
    members: EventMember[]
}
