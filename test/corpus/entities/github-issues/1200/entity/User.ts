import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Group } from "./Group"
import { Post } from "./Post"

@Entity()
export class User {
    constructor() {
        this.group = new Group()
        this.post = new Post()
    }

    @PrimaryGeneratedColumn()
    id: number

    @Column(() => Group)
    group: Group

    @Column(() => Post)
    post: Post

    @Column()
    userProperty: number
}
