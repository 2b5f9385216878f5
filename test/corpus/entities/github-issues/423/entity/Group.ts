import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { Index } from "typeorm"

@Index("Groups name", ["name"], { unique: true })
@Entity("groups")
export class Group {
    @PrimaryColumn()
    id: number

    @Column()
    name: string
}
