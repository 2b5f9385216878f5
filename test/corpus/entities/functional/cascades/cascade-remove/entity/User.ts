import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { ManyToMany } from "typeorm"
import { Photo } from "./Photo"
import { OneToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Column } from "typeorm"
import { BaseEntity } from "typeorm"

@Entity()
export class User extends BaseEntity {
    // todo: check one-to-one relation as well, but in another model or test

    @PrimaryColumn()
    id: number

    @Column()
    name: string

    @OneToMany(() => Photo, (photo) => photo.user, { cascade: true })
    manyPhotos: Photo[]

    @ManyToMany(() => Photo, { cascade: true })
    @JoinTable()
    manyToManyPhotos: Photo[]
}
