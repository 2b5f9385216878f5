import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class MyEntity {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    normalCol: string

    @Column({ select: false })
    selectFalseCol: string
}
