import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { ActivityEntity } from "./ActivityEntity"

@Entity("tile")
export class TileEntity {
    @PrimaryGeneratedColumn({ type: "bigint" })
    id: string

    @ManyToMany(() => TileEntity, (tile) => tile.children, {
        cascade: ["insert"],
    })
    @JoinTable()
    parents: TileEntity[]

    @ManyToMany(() => TileEntity, (tile) => tile.parents, {
        cascade: ["insert"],
    })
    children: TileEntity[]

    @ManyToMany(() => ActivityEntity, (activity) => activity.tiles, {
        cascade: ["insert"],
    })
    @JoinTable()
    activities: ActivityEntity[]
}
