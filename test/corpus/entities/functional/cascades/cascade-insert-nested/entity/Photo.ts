import { Column } from "typeorm"
import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Photo {
    @PrimaryColumn()
    id: number

    @Column({ default: "My photo" })
    name: string
}
