import {
    Column,
    Entity,
    PrimaryGeneratedColumn,
    ObjectLiteral,
} from "typeorm"

@Entity()
export class Post {
    @PrimaryGeneratedColumn()
    id: number

    @Column("hstore", { hstoreType: "object" })
    hstoreObj: ObjectLiteral
}
