import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"

@Entity()
export class Message {
    @PrimaryGeneratedColumn("increment", { type: "bigint" })
    id: string
}
