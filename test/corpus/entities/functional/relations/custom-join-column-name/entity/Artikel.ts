import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { Kollektion } from "./Kollektion"
import { JoinColumn } from "typeorm"
import { Generated } from "typeorm"

@Entity("artikel")
export class Artikel {
    @PrimaryColumn({ name: "artikel_id" })
    @Generated()
    id: number

    @Column({ name: "artikel_nummer" })
    nummer: string

    @Column({ name: "artikel_name" })
    name: string

    @Column({ name: "artikel_extrabarcode" })
    extrabarcode: string

    @Column({ name: "artikel_saison" })
    saison: string

    @ManyToOne(() => Kollektion, { cascade: true })
    @JoinColumn({ name: "id_kollektion" })
    kollektion: Kollektion
}
