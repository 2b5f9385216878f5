import { Base } from "./Base"

export class B extends Base {
    constructor(public b: number) {
        super()
    }
}
