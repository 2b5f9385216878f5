import { Column, Entity, PrimaryColumn } from "typeorm"

@Entity()
export class Human {
    @PrimaryColumn()
    id: number

    @Column()
    name: string
}
