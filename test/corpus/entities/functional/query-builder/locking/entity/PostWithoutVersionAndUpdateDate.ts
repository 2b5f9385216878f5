import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity("post_without_v_ud")
export class PostWithoutVersionAndUpdateDate {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string
}
