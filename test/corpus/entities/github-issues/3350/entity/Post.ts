import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"
import { JoinColumn } from "typeorm"
import { ManyToOne } from "typeorm"
import { Category } from "./Category"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column({ name: "category_id" })
    categoryId: number

    @ManyToOne(() => Category)
    @JoinColumn({ name: "category_id" })
    category: Category
}
