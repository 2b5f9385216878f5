import { Column, Entity, PrimaryGeneratedColumn } from "typeorm"

@Entity()
export class Game {
    @PrimaryGeneratedColumn({ name: "id" })
    id: number

    @Column()
    title: string
}
