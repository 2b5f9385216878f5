import {
    Column,
    Entity,
    BaseEntity,
    JoinColumn,
    ManyToOne,
} from "typeorm"
import { Car } from "./Car"

@Entity()
export class Record extends BaseEntity {
    @Column({ type: "uuid", primary: true })
    carUuid: string

    @Column({ type: "timestamp", precision: 3, primary: true })
    timestamp: Date

    @ManyToOne(() => Car, (car) => car.records, { onDelete: "CASCADE" })
    @JoinColumn({ name: "carUuid" })
    car: Car
}
