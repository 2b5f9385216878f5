import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { BaseEntity } from "typeorm"
import { Column } from "typeorm"

@Entity("category_test")
export class Category extends BaseEntity {
    @PrimaryColumn()
    id: number

    @Column()
    name: string
}
