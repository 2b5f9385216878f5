import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @Column()
    text: string

    @Column({ insert: false, default: "Default" })
    authorFirstName: string

    @Column({ insert: false, update: false, default: "Default" })
    authorLastName: string
}
