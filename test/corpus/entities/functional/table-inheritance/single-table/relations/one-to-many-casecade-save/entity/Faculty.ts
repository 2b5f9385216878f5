import { Column } from "typeorm"
import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Staff } from "./Staff"
import { OneToMany } from "typeorm"

@Entity()
export class Faculty {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @OneToMany(() => Staff, (staff) => staff.faculty, {
        cascade: true,
        eager: true,
    })
    staff: Staff[]
}
