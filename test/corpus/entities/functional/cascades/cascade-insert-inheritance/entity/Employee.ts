import { Column, ChildEntity } from "typeorm"

import { User } from "./User"

@ChildEntity()
export class Employee extends User {
    @Column()
    salary: number
}
