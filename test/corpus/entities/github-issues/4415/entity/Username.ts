import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"

@Entity()
export class Username {
    @PrimaryColumn()
    username: string

    @Column()
    email: string

    @Column()
    something: string
}
