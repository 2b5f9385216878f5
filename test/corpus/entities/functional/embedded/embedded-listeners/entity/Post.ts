import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Column } from "typeorm"
import { PostInformation } from "./PostInformation"
import { Index } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    @Index()
    title: string

    @Column()
    text: string

    @Column(() => PostInformation, { prefix: "info" })
    information: PostInformation = new PostInformation()
}
