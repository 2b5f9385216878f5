import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { DeleteDateColumn } from "typeorm"
import { CategoryWithRelation } from "./CategoryWithRelation"

@Entity()
export class PostWithRelation {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @OneToOne(() => CategoryWithRelation, (category) => category.post, {
        eager: true,
    })
    @JoinColumn()
    category: CategoryWithRelation

    @DeleteDateColumn()
    deletedAt: Date
}
