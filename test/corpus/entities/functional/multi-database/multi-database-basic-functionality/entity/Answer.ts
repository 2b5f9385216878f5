import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity({ database: "filename-sqlite.attach.db" })
export class Answer {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    text: string
}
