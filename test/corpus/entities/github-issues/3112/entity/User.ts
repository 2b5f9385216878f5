import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
@Entity()
export class User {
    @PrimaryGeneratedColumn()
    id: number

    @Column({ length: 100, nullable: true, default: null })
    first: string

    @Column({
        length: 100,
        nullable: true,
        default: () => "null",
    })
    second: string
}
