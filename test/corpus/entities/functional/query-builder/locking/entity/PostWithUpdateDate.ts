import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { UpdateDateColumn } from "typeorm"

@Entity()
export class PostWithUpdateDate {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @UpdateDateColumn()
    updateDate: Date
}
