import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column("ltree", {
        nullable: false,
    })
    path: string
}
