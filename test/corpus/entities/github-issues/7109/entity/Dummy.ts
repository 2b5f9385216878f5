import { Entity, PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Dummy {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    field: string
}
