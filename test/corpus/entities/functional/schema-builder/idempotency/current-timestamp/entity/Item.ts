import { CreateDateColumn } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"

@Entity()
export class Item {
    @PrimaryGeneratedColumn()
    id: number

    @CreateDateColumn()
    date: Date
}
