import { Column } from "typeorm"
import { ChildEntity } from "typeorm"
import { Person } from "./Person"

@ChildEntity()
export class Employee extends Person {
    @Column()
    salary: number
}
