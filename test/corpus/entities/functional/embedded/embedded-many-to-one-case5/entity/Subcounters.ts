import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"

export class Subcounters {
    @PrimaryColumn()
    version: number

    @Column()
    watches: number
}
