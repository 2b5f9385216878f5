import { Column } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { Category } from "./Category"
import { Subcounters } from "./Subcounters"

export class Counters {
    @PrimaryColumn()
    code: number

    @Column()
    likes: number

    @Column()
    comments: number

    @Column()
    favorites: number

    @OneToOne(() => Category)
    @JoinColumn()
    category: Category

    @Column(() => Subcounters, { prefix: "sub" })
    subcounters: Subcounters

    categoryId: number[]
}
