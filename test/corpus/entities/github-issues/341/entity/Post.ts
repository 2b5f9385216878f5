import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { Category } from "./Category"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @Column({ nullable: true })
    categoryName: string

    @OneToOne(() => Category, (category) => category.post)
    @JoinColumn({ name: "categoryName", referencedColumnName: "name" })
    category: Category
}
