import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity({
    database: "yoman",
})
export class Category {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string
}
