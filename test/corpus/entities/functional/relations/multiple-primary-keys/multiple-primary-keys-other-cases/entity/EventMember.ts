import { Entity } from "typeorm"
import { ManyToOne } from "typeorm"
import { Event } from "./Event"
import { User } from "./User"
import { PrimaryColumn } from "typeorm"

@Entity()
export class EventMember {
    @PrimaryColumn()
    userId: number

    @PrimaryColumn()
    eventId: number

    @ManyToOne(() => Event, (event) => event.members)
    event: Event

    @ManyToOne(() => User, (user) => user.members)
    user: User
}
