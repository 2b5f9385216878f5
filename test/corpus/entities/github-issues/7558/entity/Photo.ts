import { ChildEntity, Column } from "typeorm"
import { Content } from "./Content"

@ChildEntity("photo")
export class Photo extends Content {
    @Column()
    size: number
}
