import { Column, Entity, PrimaryColumn } from "typeorm"

@Entity()
export class City {
    @PrimaryColumn()
    name: string

    @PrimaryColumn()
    countryName: string

    @Column()
    population: number
}
