import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { ManyToOne } from "typeorm"
import { Child } from "./Child"

@Entity()
export class GrandChild {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @ManyToOne(() => Child, (child) => child.grandChildren)
    child: Child
}
