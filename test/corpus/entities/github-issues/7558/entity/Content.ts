import {
    Column,
    Entity,
    PrimaryGeneratedColumn,
    TableInheritance,
} from "typeorm"

@Entity("content")
@TableInheritance({ column: { type: "varchar", name: "type" } })
export class Content {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string
}
