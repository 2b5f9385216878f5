import { Entity, PrimaryColumn, TableInheritance } from "typeorm"

@Entity()
@TableInheritance({ column: { name: "type", type: "varchar" } })
export class Human {
    @PrimaryColumn()
    id: number
}
