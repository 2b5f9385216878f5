import { Column, Entity, PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Person {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    firstName: string

    @Column()
    lastName: string
}
