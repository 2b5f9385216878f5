import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn("int")
    id: number

    @Column()
    dateTimeColumn: Date
}
