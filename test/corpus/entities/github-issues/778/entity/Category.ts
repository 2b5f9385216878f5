import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Category {
    @PrimaryGeneratedColumn({ type: "bigint" })
    id: string

    @Column()
    name: string
}
