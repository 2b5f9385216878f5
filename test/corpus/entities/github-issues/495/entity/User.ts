import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class User {
    @PrimaryGeneratedColumn()
    userId: number

    @Column()
    name: string
}
