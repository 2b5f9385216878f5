import { Entity, PrimaryColumn } from "typeorm"

@Entity("tests")
export class Test {
    @PrimaryColumn()
    id: string
}
