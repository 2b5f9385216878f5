import { Column } from "typeorm"
import { Post } from "./Post"

export class Group {
    constructor() {
        this.post = new Post()
    }

    @Column(() => Post)
    post: Post

    @Column()
    groupNumber: number
}
