import { ChildEntity } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Employee } from "./Employee"
import { Department } from "./Department"

@ChildEntity()
export class Accountant extends Employee {
    @ManyToMany(() => Department, (department) => department.accountants)
    @JoinTable()
    departments: Department[]
}
