import { Entity, OneToOne, PrimaryGeneratedColumn } from "typeorm"
import { MainEntity } from "./MainEntity"

@Entity()
export class OptionA {
    @PrimaryGeneratedColumn("increment")
    id: number

    @OneToOne(() => MainEntity, (m) => m.optionA, { lazy: true })
    main: Promise<MainEntity | null>
}
