import { Column } from "typeorm"
import { ChildEntity } from "typeorm"
import { Person } from "./Person"

@ChildEntity("")
export class Other extends Person {
    @Column()
    mood: string
}
