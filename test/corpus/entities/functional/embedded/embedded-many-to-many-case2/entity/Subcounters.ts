import { Column } from "typeorm"

export class Subcounters {
    @Column()
    version: number

    @Column()
    watches: number
}
