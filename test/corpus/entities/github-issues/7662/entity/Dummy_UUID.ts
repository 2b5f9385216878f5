import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Dummy {
    @PrimaryGeneratedColumn("uuid")
    id: string
}
