import {
    Column,
    Entity,
    JoinColumn,
    ManyToOne,
    PrimaryColumn,
} from "typeorm"
import { MainModel } from "./MainModel"
import { ValidationModel } from "./ValidationModel"

@Entity()
export class DataModel {
    @PrimaryColumn()
    validation: number

    @PrimaryColumn()
    mainId: number

    @ManyToOne(() => ValidationModel, (validation) => validation.dataModel, {
        eager: true,
    })
    @JoinColumn({
        name: "validation",
        referencedColumnName: "validation",
    })
    validations: ValidationModel

    @ManyToOne(() => MainModel, (main) => main.dataModel)
    @JoinColumn({
        name: "mainId",
        referencedColumnName: "id",
    })
    main: MainModel

    @Column({ default: false })
    active: boolean
}
