import { ChildEntity, Column } from "typeorm"

import { AnimalEntity } from "./Animal"

@ChildEntity("cat")
export class CatEntity extends AnimalEntity {
    // Cat stuff
    @Column()
    livesLeft: number
}
