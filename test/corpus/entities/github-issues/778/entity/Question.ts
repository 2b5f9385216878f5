import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Question {
    @PrimaryGeneratedColumn({ type: "smallint" })
    id: number

    @Column()
    name: string
}
