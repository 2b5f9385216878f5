import {
    Entity,
    OneToOne,
    JoinColumn,
    PrimaryColumn,
} from "typeorm"
import { Session } from "./Session"

@Entity({
    name: "SessionSettings",
})
export class SessionSettings {
    @PrimaryColumn()
    sessionId: number

    @OneToOne(() => Session, (session) => session.id)
    @JoinColumn({ name: "sessionId", referencedColumnName: "id" })
    session?: Session
}
