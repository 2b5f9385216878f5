import { Entity } from "typeorm"
import { Column } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

export class Counters {
    @Column({ select: false, nullable: true })
    secretCode?: string
}

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    title: string

    @Column()
    text: string

    @Column({ select: false })
    authorName: string

    @Column(() => Counters)
    counters: Counters
}
