import { PrimaryGeneratedColumn } from "typeorm"
import { Entity } from "typeorm"

@Entity({ name: "users", synchronize: false })
export class User {
    @PrimaryGeneratedColumn("uuid")
    id: number
}
