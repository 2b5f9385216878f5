import { Column, Entity, PrimaryColumn } from "typeorm"

@Entity()
export class Country {
    @PrimaryColumn()
    name: string

    @Column()
    region: string
}
