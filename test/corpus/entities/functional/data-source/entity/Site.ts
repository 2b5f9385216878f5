import { Entity, Column, PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Site {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string
}
