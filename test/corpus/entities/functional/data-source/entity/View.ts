import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"

@Entity("view", { synchronize: false })
export class View {
    @PrimaryColumn()
    id: number

    @Column()
    title: string
}
