import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"
import { Column } from "typeorm"
import { Generated } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    @Generated("uuid")
    uuid: string
}
