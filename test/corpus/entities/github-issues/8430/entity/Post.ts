import { Column, Entity, PrimaryColumn } from "typeorm"

@Entity({ withoutRowid: true })
export class Post {
    @PrimaryColumn()
    id: number

    @Column()
    name: string
}
