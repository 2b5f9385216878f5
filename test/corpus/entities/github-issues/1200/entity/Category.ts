import { Column } from "typeorm"

export class Category {
    @Column()
    name: number
}
