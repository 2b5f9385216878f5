import { Entity, PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class User3 {
    @PrimaryGeneratedColumn()
    id: number
}
