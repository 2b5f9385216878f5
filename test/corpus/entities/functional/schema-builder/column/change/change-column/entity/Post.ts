import { Entity } from "typeorm"
import { Column } from "typeorm"
import { Unique } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { Check } from "typeorm"
import { Exclusion } from "typeorm"

@Entity()
@Unique(["text", "tag"])
@Exclusion(`USING gist ("text" WITH =)`)
@Check(`"likesCount" < 1000`)
// @Check(`\`likesCount\` < 1000`) // should be properly escaped for each driver.
export class Post {
    @PrimaryColumn()
    id: number

    @Column({ unique: true })
    version: string

    @Column({ nullable: true, default: "My post" })
    name: string

    @Column({ nullable: true })
    text: string

    @Column({ comment: "Tag" })
    tag: string

    @Column()
    likesCount: number
}
