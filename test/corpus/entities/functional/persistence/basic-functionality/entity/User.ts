import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class User {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    constructor(id: number, name: string) {
        this.id = id
        this.name = name
    }
}
