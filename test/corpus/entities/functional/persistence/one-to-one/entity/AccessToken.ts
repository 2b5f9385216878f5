import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { JoinColumn } from "typeorm"
import { OneToOne } from "typeorm"
import { User } from "./User"
import { Generated } from "typeorm"

@Entity()
export class AccessToken {
    @PrimaryColumn()
    @Generated()
    primaryKey: number

    @OneToOne(() => User, (user) => user.access_token)
    @JoinColumn()
    user: User
}
