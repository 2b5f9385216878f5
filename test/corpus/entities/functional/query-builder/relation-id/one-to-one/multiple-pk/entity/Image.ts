import { Entity } from "typeorm"
import { Column } from "typeorm"
import { OneToOne } from "typeorm"
import { Category } from "./Category"
import { PrimaryColumn } from "typeorm"

@Entity()
export class Image {
    @PrimaryColumn()
    id: number

    @Column()
    name: string

    @OneToOne(() => Category, (category) => category.image)
    category: Category

    categoryId: number
}
