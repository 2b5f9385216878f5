import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn("int")
    id: number

    @Column({ type: "datetime", nullable: true })
    dateTimeColumn: Date

    @Column({ type: "time", nullable: true })
    timeColumn: Date
}
