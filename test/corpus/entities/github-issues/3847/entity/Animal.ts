import { Column, Entity, PrimaryGeneratedColumn } from "typeorm"
import { Category } from "./Category"
import { ManyToOne } from "typeorm"

@Entity()
export class Animal {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToOne(() => Category)
    category: Category
}
