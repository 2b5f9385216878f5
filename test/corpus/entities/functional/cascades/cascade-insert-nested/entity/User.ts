import { Column } from "typeorm"
import { Entity } from "typeorm"
import { Profile } from "./Profile"
import { OneToOne } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class User {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    @OneToOne(() => Profile, (profile) => profile.user, {
        cascade: ["insert"],
    })
    profile: Profile
}
