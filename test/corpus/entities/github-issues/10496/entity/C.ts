import { ChildEntity, Column } from "typeorm"

import { Base } from "./Base"

@ChildEntity()
export class C extends Base {
    @Column()
    c!: string

    constructor(c: string) {
        super()

        this.c = c
    }
}
