import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Index } from "typeorm"

@Entity()
@Index("IDX_TEST", ["firstname", "lastname"])
export class Person {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    firstname: string

    @Column()
    lastname: string
}
