import { Column } from "typeorm"
import { Entity } from "typeorm"
import { JoinColumn } from "typeorm"
import { ManyToOne } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Category } from "./Category"

@Entity()
export class Post {
    @PrimaryColumn()
    id: number

    @Column()
    tenantId: number

    @Column()
    title: string

    @Column({ nullable: true })
    mainCategoryId: number

    @Column({ nullable: true })
    subCategoryId: number

    @ManyToOne(() => Category)
    @JoinColumn([
        { name: "tenantId", referencedColumnName: "tenantId" },
        { name: "mainCategoryId", referencedColumnName: "id" },
    ])
    mainCategory: Category

    @ManyToOne(() => Category)
    @JoinColumn([
        { name: "tenantId", referencedColumnName: "tenantId" },
        { name: "subCategoryId", referencedColumnName: "id" },
    ])
    subCategory: Category
}
