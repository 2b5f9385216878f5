import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Faculty {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string
}
