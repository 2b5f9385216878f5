import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Post {
    @PrimaryColumn({ name: "bla_id" })
    lala_id: string

    @Column()
    title: string

    @Column({ name: "my_index" })
    index: number
}
