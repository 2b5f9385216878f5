import { Column, PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"

@Entity("foo")
export class Foo {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    description: string
}
