import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

@Entity({ database: "./subdir/relative-subdir-sqlite.attach.db" })
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string
}
