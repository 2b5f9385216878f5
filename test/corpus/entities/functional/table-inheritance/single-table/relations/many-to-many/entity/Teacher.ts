import { ChildEntity } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"
import { Employee } from "./Employee"
import { Specialization } from "./Specialization"

@ChildEntity()
export class Teacher extends Employee {
    @ManyToMany(
        () => Specialization,
        (specialization) => specialization.teachers,
    )
    @JoinTable({ name: "person_specs" })
    specializations: Specialization[]
}
