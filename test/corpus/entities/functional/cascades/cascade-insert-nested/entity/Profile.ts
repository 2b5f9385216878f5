import { Entity } from "typeorm"
import { User } from "./User"
import { Photo } from "./Photo"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Profile {
    @PrimaryColumn()
    id: number

    @OneToOne(() => User, (user) => user.profile, {
        nullable: false,
    })
    @JoinColumn()
    user: User

    @OneToOne(() => Photo, {
        nullable: false,
        cascade: ["insert"],
    })
    @JoinColumn()
    photo: Photo
}
