import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Question {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string
}
