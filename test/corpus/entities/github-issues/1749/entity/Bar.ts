import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity("bar", { schema: "foo" })
export class Bar {
    @PrimaryGeneratedColumn()
    id: string
}
