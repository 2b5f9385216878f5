import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { VersionColumn } from "typeorm"
import { UpdateDateColumn } from "typeorm"

@Entity("post_with_v_ud")
export class PostWithVersionAndUpdatedDate {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @VersionColumn()
    version: number

    @UpdateDateColumn()
    updateDate: Date
}
