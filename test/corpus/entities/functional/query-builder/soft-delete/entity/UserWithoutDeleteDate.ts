import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class UserWithoutDeleteDate {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @Column()
    likesCount: number = 0
}
