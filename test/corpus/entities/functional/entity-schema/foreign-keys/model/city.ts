export class City {
    id: number
    countryCode: string
    name: string
}
