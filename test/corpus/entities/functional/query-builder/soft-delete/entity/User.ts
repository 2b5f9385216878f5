import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { DeleteDateColumn } from "typeorm"
import { Column } from "typeorm"
import { Photo } from "./Photo"
import { JoinColumn, OneToOne } from "typeorm"

@Entity()
export class User {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @Column()
    likesCount: number = 0

    @OneToOne(() => Photo)
    @JoinColumn()
    picture: Photo

    @DeleteDateColumn()
    deletedAt: Date
}
