import {
    Entity,
    PrimaryGeneratedColumn,
    TableInheritance,
} from "typeorm"

@Entity()
@TableInheritance({ column: { type: "varchar", name: "type" } })
export abstract class Log {
    @PrimaryGeneratedColumn("increment")
    id: number
}
