import { ChildEntity, Column } from "typeorm"
import { Human } from "./Human"

@ChildEntity()
export class Male extends Human {
    @Column()
    name: string

    @Column()
    age: number
}
