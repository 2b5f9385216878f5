import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { DeleteDateColumn } from "typeorm"
import { AfterSoftRemove, BeforeSoftRemove } from "typeorm"

@Entity()
export class PostWithDeleteDateColumn {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @Column()
    description: string

    @DeleteDateColumn()
    deletedAt: Date

    isSoftRemoved: boolean = false

    @BeforeSoftRemove()
    beforeSoftRemove() {
        this.title += "!"
    }

    @AfterSoftRemove()
    afterSoftRemove() {
        this.isSoftRemoved = true
    }
}
