export class User {
    id: number
    uuid: string
}
