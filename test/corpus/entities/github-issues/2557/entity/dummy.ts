import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"
import { WrappedNumber, transformer } from "../transformer"

@Entity()
export class Dummy {
    @PrimaryGeneratedColumn()
    id: number

    @Column({ type: Number, transformer })
    num: WrappedNumber
}
