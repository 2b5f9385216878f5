import { Column, Entity, PrimaryGeneratedColumn } from "typeorm"
import { Category } from "./Category"
import { JoinTable } from "typeorm"
import { ManyToMany } from "typeorm"

@Entity()
export class Animal {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToMany(() => Category)
    @JoinTable()
    categories: Category[]
}
