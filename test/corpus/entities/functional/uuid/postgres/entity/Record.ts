import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Record {
    @PrimaryGeneratedColumn("uuid")
    id: string
}
