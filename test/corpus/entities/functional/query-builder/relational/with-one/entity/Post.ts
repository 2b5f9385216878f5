import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { Category } from "./Category"
import { Image } from "./Image"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @ManyToOne(() => Category)
    category: Category

    @OneToOne(() => Image, (image) => image.post)
    @JoinColumn()
    image: Image
}
