import {
    BaseEntity,
    Column,
    ManyToMany,
    PrimaryGeneratedColumn,
} from "typeorm"

import { Entity } from "typeorm"
import { Foo } from "./Foo"

@Entity()
export class Bar extends BaseEntity {
    @PrimaryGeneratedColumn() id: number

    @Column() description: string

    @ManyToMany(() => Foo, (foo) => foo.bars)
    foos?: Foo[]
}
