import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { Generated } from "typeorm"

@Entity("kollektion")
export class Kollektion {
    @PrimaryColumn({ name: "kollektion_id" })
    @Generated()
    id: number

    @Column({ name: "kollektion_name" })
    name: string
}
