import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Category {
    @PrimaryColumn()
    id: number

    @PrimaryColumn()
    name: string
}
