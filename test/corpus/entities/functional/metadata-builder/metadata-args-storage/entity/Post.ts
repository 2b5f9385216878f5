import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ContentModule } from "./ContentModule"

@Entity()
export class Post extends ContentModule {
    @Column()
    title: string

    @Column()
    text: string
}
