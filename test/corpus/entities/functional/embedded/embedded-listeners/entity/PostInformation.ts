import { Column } from "typeorm"
import { PostCounter } from "./PostCounter"
import { BeforeInsert } from "typeorm"
import { Index } from "typeorm"

export class PostInformation {
    @Column()
    @Index()
    description: string

    @Column(() => PostCounter, { prefix: "counters" })
    counters: PostCounter = new PostCounter()

    @BeforeInsert()
    beforeInsert() {
        this.description = "default post description"
    }
}
