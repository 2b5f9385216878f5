import { Index } from "typeorm"
import { Entity } from "typeorm"
import { ManyToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { Column } from "typeorm"
import { Message } from "./Message"
import { Locale } from "./Locale"
import { PrimaryColumn } from "typeorm"

@Entity()
@Index(["locale", "message"], { unique: true })
export class Translation {
    @PrimaryColumn()
    localeCode: string

    @PrimaryColumn()
    messageId: string

    @ManyToOne(() => Locale, { nullable: false })
    @JoinColumn()
    locale: Locale

    @ManyToOne(() => Message, { nullable: false })
    @JoinColumn()
    message: Message

    @Column("text")
    text: string
}
