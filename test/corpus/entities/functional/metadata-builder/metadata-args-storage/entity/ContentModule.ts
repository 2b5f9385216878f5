import { Column } from "typeorm"
import { Unit } from "./Unit"

export class ContentModule extends Unit {
    @Column()
    tag: string
}
