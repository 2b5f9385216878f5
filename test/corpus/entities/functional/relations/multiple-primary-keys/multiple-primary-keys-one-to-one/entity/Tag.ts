import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Column } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { Category } from "./Category"

@Entity()
export class Tag {
    @Column()
    code: number

    @PrimaryColumn()
    title: string

    @PrimaryColumn()
    description: string

    @OneToOne(() => Category, (category) => category.tag)
    @JoinColumn()
    category: Category

    @OneToOne(() => Category, (category) => category.tagWithOptions)
    @JoinColumn([
        { name: "category_name", referencedColumnName: "name" },
        { name: "category_type", referencedColumnName: "type" },
    ])
    categoryWithOptions: Category

    @OneToOne(() => Category, (category) => category.tagWithNonPKColumns)
    @JoinColumn([
        { name: "category_code", referencedColumnName: "code" },
        { name: "category_version", referencedColumnName: "version" },
        { name: "category_description", referencedColumnName: "description" },
    ])
    categoryWithNonPKColumns: Category
}
