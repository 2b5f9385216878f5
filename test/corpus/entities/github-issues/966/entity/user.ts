import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

export class PersonalInfo {
    @Column()
    firstName: string

    @Column()
    lastName: string

    @Column()
    address: string
}

export class UserInfo extends PersonalInfo {
    @Column()
    userName: string
}

@Entity()
export class User {
    @PrimaryGeneratedColumn()
    id: number

    @Column(() => UserInfo)
    info: UserInfo
}
