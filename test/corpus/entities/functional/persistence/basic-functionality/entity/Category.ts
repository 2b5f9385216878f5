import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    constructor(id: number, name: string) {
        this.id = id
        this.name = name
    }
}
