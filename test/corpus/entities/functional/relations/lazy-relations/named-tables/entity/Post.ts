import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { ManyToOne } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { Category } from "./Category"

@Entity("s_post", {
    orderBy: {
        title: "ASC",
        id: "DESC",
    },
})
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @Column()
    text: string

    @ManyToMany(() => Category)
    @JoinTable()
    categories: Promise<Category[]>

    @ManyToMany(() => Category, (category) => category.twoSidePosts)
    @JoinTable()
    twoSideCategories: Promise<Category[]>

    @Column()
    viewCount: number = 0

    @ManyToOne(() => Category)
    category: Promise<Category>

    @OneToOne(() => Category, (category) => category.onePost)
    @JoinColumn()
    oneCategory: Promise<Category>

    @ManyToOne(() => Category, (category) => category.twoSidePosts2)
    twoSideCategory: Promise<Category>

    // ManyToMany with named properties
    @ManyToMany(() => Category, (category) => category.postsNamedTable)
    @JoinTable()
    categoriesNamedTable: Promise<Category[]>

    // ManyToOne with named properties
    @ManyToOne(() => Category, (category) => category.onePostsNamedTable)
    @JoinColumn()
    categoryNamedTable: Promise<Category>

    // OneToOne with named properties
    @OneToOne(() => Category, (category) => category.onePostNamedTable)
    @JoinColumn()
    oneCategoryNamedTable: Promise<Category>
}
