import { User } from "./User"
import { Entity } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"
import { ManyToMany } from "typeorm"
import { JoinTable } from "typeorm"

@Entity()
export class Circle {
    /**
     * Circle's identifier
     */
    @PrimaryGeneratedColumn({ type: "bigint" })
    private id: string

    /**
     * Circle's user
     *
     * You have to use getter and setter
     */
    @ManyToMany(() => User, () => "circles")
    @JoinTable({ name: "circle_users_user" })
    private users: Promise<User[]>

    /**
     * Getter identifier
     *
     * @returns {number}
     */
    public getId(): string {
        return this.id
    }

    /**
     * Setter identifier
     *
     * @param id new identifier value
     */
    public setId(id: string): void {
        this.id = id
    }

    /**
     * Setter user
     *
     * @param {Promise<User[]>} users
     */
    public setUsers(users: Promise<User[]>): void {
        this.users = users
    }

    /**
     * Getter user
     *
     * @returns {User[]}
     */
    public getUsers(): Promise<User[]> {
        return this.users
    }
}
