import { Column } from "typeorm"
import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class User {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string
}
