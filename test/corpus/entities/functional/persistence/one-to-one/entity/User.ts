import { AccessToken } from "./AccessToken"
import { OneToOne } from "typeorm"
import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { Generated } from "typeorm"

@Entity()
export class User {
    @PrimaryColumn()
    @Generated()
    primaryKey: number

    @Column()
    email: string

    @OneToOne(() => AccessToken, (token) => token.user)
    access_token: AccessToken
}
