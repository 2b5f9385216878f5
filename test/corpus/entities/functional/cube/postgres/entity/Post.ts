import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column("cube", {
        nullable: true,
    })
    mainColor: number[]

    @Column("cube", {
        nullable: true,
        array: true,
    })
    colors: number[][]
}
