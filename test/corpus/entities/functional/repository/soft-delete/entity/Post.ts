import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { DeleteDateColumn } from "typeorm"
import { BaseEntity } from "typeorm"

@Entity()
export class Post extends BaseEntity {
    @PrimaryGeneratedColumn()
    id: number

    @DeleteDateColumn()
    deletedAt: Date

    @Column()
    name: string
}
