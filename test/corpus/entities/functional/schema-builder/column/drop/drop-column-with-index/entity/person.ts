import { Entity } from "typeorm"
import { Index } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Person {
    @PrimaryGeneratedColumn()
    id: number

    @Index({
        unique: true,
    })
    @Column()
    firstname: string

    @Column()
    lastname: string
}
