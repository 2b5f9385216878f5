import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class JsonPathExample {
    @PrimaryGeneratedColumn()
    id: number

    @Column({ type: "jsonpath" })
    path: string
}
