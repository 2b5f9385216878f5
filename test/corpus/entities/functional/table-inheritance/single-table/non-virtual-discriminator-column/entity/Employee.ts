import { Column } from "typeorm"
import { ChildEntity } from "typeorm"
import { Person } from "./Person"

@ChildEntity("employee-type")
export class Employee extends Person {
    @Column()
    salary: number
}
