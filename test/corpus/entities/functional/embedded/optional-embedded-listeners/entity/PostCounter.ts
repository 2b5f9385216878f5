import { Column } from "typeorm"
import { BeforeInsert } from "typeorm"
import { BeforeUpdate } from "typeorm"

export class PostCounter {
    @Column({ nullable: true })
    likes: number

    @BeforeInsert()
    beforeInsert() {
        this.likes = 0
    }

    @BeforeUpdate()
    beforeUpdate() {
        this.likes++
    }
}
