import { PrimaryColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Foo {
    @PrimaryColumn()
    id: number

    @Column()
    bar: string
}
