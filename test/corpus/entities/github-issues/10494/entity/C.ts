import { Base } from "./Base"

export class C extends Base {
    constructor(public c: string) {
        super()
    }
}
