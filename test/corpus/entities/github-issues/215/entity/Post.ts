import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { Author } from "./Author"
import { Abbreviation } from "./Abbreviation"
import { OneToOne } from "typeorm"
import { JoinColumn } from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @OneToOne(() => Author)
    @JoinColumn({ name: "author_id" })
    author: Author

    @OneToOne(() => Abbreviation)
    @JoinColumn({ name: "abbreviation_id" })
    abbreviation: Abbreviation
}
