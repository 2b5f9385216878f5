import { Column } from "typeorm"
import { ChildEntity } from "typeorm"
import { Employee } from "./Employee"

@ChildEntity()
export class Accountant extends Employee {
    @Column()
    department: string
}
