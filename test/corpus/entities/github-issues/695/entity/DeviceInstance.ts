import { Entity } from "typeorm"
import { PrimaryColumn } from "typeorm"
import { ManyToOne } from "typeorm"
import { JoinColumn } from "typeorm"
import { Column } from "typeorm"
import { Device } from "./Device"

@Entity("device_instances")
export class DeviceInstance {
    @PrimaryColumn({ name: "id", type: "char", length: "36" })
    id: string

    @ManyToOne(() => Device, { nullable: false })
    @JoinColumn({ name: "device_id", referencedColumnName: "id" })
    device: Device

    @Column({ name: "instance", type: "smallint" })
    instance: number

    @Column({ name: "type", type: "varchar", length: "30" })
    type: string
}
