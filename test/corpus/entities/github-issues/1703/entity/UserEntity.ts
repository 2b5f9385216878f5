import { Entity, OneToMany, PrimaryGeneratedColumn } from "typeorm"
import { UserToOrganizationEntity } from "./UserToOrganizationEntity"

@Entity("user")
export class UserEntity {
    @PrimaryGeneratedColumn()
    id?: number

    @OneToMany(
        () => UserToOrganizationEntity,
        (userToOrganization) => userToOrganization.user,
    )
    organizations: UserToOrganizationEntity[]
}
