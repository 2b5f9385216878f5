import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"

@Entity("test_entity")
export class TestEntity {
    @PrimaryColumn()
    id1: string

    @PrimaryColumn()
    id2: string

    @Column()
    name: string
}
