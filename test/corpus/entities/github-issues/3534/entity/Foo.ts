import { Column } from "typeorm"
import { Entity } from "typeorm"
import { RegExpStringTransformer } from "./RegExpStringTransformer"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Foo {
    @PrimaryGeneratedColumn()
    id: number

    @Column({ type: String, transformer: RegExpStringTransformer })
    bar: RegExp
}
