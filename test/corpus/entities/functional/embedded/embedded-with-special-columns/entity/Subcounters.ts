import { Column } from "typeorm"
import { VersionColumn } from "typeorm"

export class Subcounters {
    @VersionColumn()
    version: number

    @Column()
    watches: number
}
