import { Column } from "typeorm"
import { ChildEntity } from "typeorm"
import { Person } from "./Person"

@ChildEntity("student-type")
export class Student extends Person {
    @Column()
    faculty: string
}
