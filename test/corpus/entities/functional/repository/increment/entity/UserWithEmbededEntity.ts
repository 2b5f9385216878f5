import { Column, Entity, PrimaryColumn } from "typeorm"

class FriendStats {
    @Column({ default: 0 })
    count: number

    @Column({ default: 0 })
    sent: number

    @Column({ default: 0 })
    received: number
}

@Entity()
export class UserWithEmbededEntity {
    @PrimaryColumn()
    id: number

    @Column(() => FriendStats)
    friend: FriendStats
}
