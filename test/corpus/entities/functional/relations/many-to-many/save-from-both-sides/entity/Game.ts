import { Entity } from "typeorm"
import { Index } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Platform } from "./Platform"

@Entity("games")
@Index("game_name_idx", ["name"], { unique: true })
export class Game {
    @PrimaryGeneratedColumn()
    id: number

    @Column({
        length: 80,
    })
    name: string

    @Column({
        name: "search_terms",
        length: 80,
    })
    searchTerms: string

    @Column({
        name: "reviewed",
    })
    isReviewed: boolean

    @ManyToMany(() => Platform, (platform) => platform.games, {
        cascade: true,
    })
    @JoinTable()
    platforms: Platform[]
}
