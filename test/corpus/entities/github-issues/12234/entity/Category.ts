import { Column } from "typeorm"
import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn()
    tenantId: number

    @PrimaryColumn()
    id: number

    @Column()
    name: string
}
