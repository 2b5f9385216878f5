import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { Message } from "./Message"

@Entity()
export class Locale {
    @PrimaryColumn("varchar", { length: 5 })
    code: string

    @Column("varchar", { length: 50 })
    englishName: string

    @OneToOne(() => Message, { onDelete: "SET NULL" })
    @JoinColumn()
    name: Message
}
