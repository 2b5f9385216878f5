import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Index } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { User } from "./User"

@Entity()
@Index("table_index_userId_mid", (post: Item) => [post.userId, post.mid])
export class Item {
    @PrimaryGeneratedColumn()
    postId: number

    @OneToOne(() => User, (users) => users.userId)
    @JoinColumn({ name: "userId" })
    userData: User

    @Column()
    userId: number

    @Column()
    mid: number
}
