import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"

@Entity()
export class Dummy {
    @PrimaryGeneratedColumn()
    id: number

    @Column({ nullable: true, default: () => "NOW()" })
    uploadDate: string
}
