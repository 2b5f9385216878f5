import { Entity, PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class UuidEntity {
    @PrimaryGeneratedColumn("uuid")
    id?: string
}
