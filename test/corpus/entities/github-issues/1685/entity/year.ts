import { PrimaryColumn, Entity, OneToMany } from "typeorm"
import { Month } from "./month"

@Entity()
export class Year {
    @PrimaryColumn()
    public yearNo: number

    @OneToMany(() => Month, (month) => month.yearNo)
    public month: Month[]
}
