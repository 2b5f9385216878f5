import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"
import { Category } from "./Category"
import { OneToMany } from "typeorm"
import { Column } from "typeorm"

@Entity()
export class Product {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @OneToMany(() => Category, (category) => category.product, {
        cascade: true,
    })
    categories: Category[]
}
