import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { User } from "./User"
import { Category } from "./Category"
import { CategoryWithCompositePK } from "./CategoryWithCompositePK"
import { Tag } from "./Tag"
import { Image } from "./Image"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @ManyToOne(() => Tag)
    tag: Tag

    @OneToOne(() => User)
    @JoinColumn()
    author: User

    @ManyToMany(() => Category, (category) => category.posts)
    @JoinTable()
    categories: Category[]

    @ManyToMany(() => CategoryWithCompositePK, (category) => category.posts)
    @JoinTable()
    compositePKCategories: CategoryWithCompositePK[]

    subcategories: Category[]

    removedCategories: Category[]

    images: Image[]
}
