import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class ExampleEntity {
    @PrimaryGeneratedColumn()
    id: number

    @Column({
        type: "varchar",
        length: 3,
        unique: true,
        default: () => "('AA'|| COALESCE(NULL, '1'))",
    })
    someValue: string
}
