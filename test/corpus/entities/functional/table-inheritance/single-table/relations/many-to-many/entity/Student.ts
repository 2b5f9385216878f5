import { ChildEntity } from "typeorm"
import { ManyToMany } from "typeorm"
import { Person } from "./Person"
import { Faculty } from "./Faculty"
import { JoinTable } from "typeorm"

@ChildEntity()
export class Student extends Person {
    @ManyToMany(() => Faculty, (faculty) => faculty.students)
    @JoinTable()
    faculties: Faculty[]
}
