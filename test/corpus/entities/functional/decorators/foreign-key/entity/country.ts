import { Column, Entity, PrimaryColumn } from "typeorm"

@Entity("countries")
export class Country {
    @PrimaryColumn({ length: 2 })
    code: string

    @Column()
    name: string
}
