import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Index } from "typeorm"
@Entity()
@Index("unique_idx", ["first_name", "last_name"], { unique: true })
export class User {
    @PrimaryGeneratedColumn()
    id: number
    @Column({ length: 100 })
    first_name: string
    @Column({ length: 100 })
    last_name: string
    @Column({ length: 100 })
    is_updated: string
}
