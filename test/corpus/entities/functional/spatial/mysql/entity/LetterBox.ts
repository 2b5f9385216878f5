import { Entity, PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class LetterBox {
    @PrimaryGeneratedColumn()
    id: number

    @Column({ type: "point", srid: 4326 })
    coord: string
}
