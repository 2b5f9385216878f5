import { Entity } from "typeorm"
import { Index } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"

@Entity()
@Index("index_name_english", ["nameEnglish"], { unique: true })
export class Customer {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    nameHebrew: string

    @Column()
    nameEnglish: string
}
