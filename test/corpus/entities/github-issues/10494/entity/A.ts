import { Base } from "./Base"

export class A extends Base {
    constructor(public a: boolean) {
        super()
    }
}
