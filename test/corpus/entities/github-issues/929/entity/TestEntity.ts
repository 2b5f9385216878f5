import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class TestEntity {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string
}
