import { Entity } from "typeorm"
import { Index } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { Game } from "./Game"

@Entity("platforms")
@Index("platform_name_idx", ["name"], { unique: true })
export class Platform {
    @PrimaryGeneratedColumn()
    id: number

    @Column({
        length: 100,
    })
    name: string

    @Column({
        length: 100,
    })
    slug: string

    @ManyToMany(() => Game, (game) => game.platforms)
    games: Game[]
}
