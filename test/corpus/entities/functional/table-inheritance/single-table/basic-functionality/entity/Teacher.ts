import { Column } from "typeorm"
import { ChildEntity } from "typeorm"
import { Employee } from "./Employee"

@ChildEntity()
export class Teacher extends Employee {
    @Column()
    specialization: string
}
