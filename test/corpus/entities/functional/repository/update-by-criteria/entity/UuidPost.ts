import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { Generated } from "typeorm"

@Entity()
export class UuidPost {
    @PrimaryColumn("uuid")
    @Generated("uuid")
    id: string

    @Column()
    title: string
}
