import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { ManyToOne } from "typeorm"
import { Group } from "./Group"

@Entity()
export class Player {
    @PrimaryColumn()
    email: string

    @ManyToOne(() => Group)
    group: Group
}
