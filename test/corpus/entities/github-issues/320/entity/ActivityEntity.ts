import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { TileEntity } from "./TileEntity"

@Entity("activity")
export class ActivityEntity {
    @PrimaryGeneratedColumn({ type: "bigint" })
    id: string

    @Column({ type: "datetime" })
    endDate: Date

    @ManyToMany(() => TileEntity, (tile) => tile.activities, {
        cascade: true,
    })
    tiles: TileEntity[]
}
