import { Column } from "typeorm"
import { ChildEntity } from "typeorm"
import { Person } from "./Person"

@ChildEntity()
export class Student extends Person {
    @Column()
    faculty: string
}
