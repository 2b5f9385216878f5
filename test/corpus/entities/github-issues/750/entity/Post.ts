import { Entity, PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Index } from "typeorm"

@Entity()
@Index(["name"], { fulltext: true })
@Index(["point"], { spatial: true })
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @Column("point")
    point: string

    @Column("polygon")
    polygon: string
}
