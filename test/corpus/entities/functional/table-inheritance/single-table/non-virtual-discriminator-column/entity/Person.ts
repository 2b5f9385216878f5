import { Column } from "typeorm"
import { TableInheritance } from "typeorm"
import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
@TableInheritance({ column: { name: "type", type: String } })
export class Person {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @Column()
    type: string
}
