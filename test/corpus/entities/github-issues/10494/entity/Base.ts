export abstract class Base {
    id!: number
    type!: string
    createdAt!: Date
    updatedAt!: Date
}
