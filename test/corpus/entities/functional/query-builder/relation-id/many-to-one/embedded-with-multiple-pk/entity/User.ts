import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class User {
    @PrimaryColumn()
    id: number

    @PrimaryColumn()
    name: string
}
