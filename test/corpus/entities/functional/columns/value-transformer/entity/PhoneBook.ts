import { Entity } from "typeorm"
import { Column } from "typeorm"
import { ValueTransformer } from "typeorm"
import { PrimaryGeneratedColumn } from "typeorm"

class PhonesTransformer implements ValueTransformer {
    to(value: Map<string, number>): string {
        return JSON.stringify([...value])
    }

    from(value: string): Map<string, number> {
        return new Map(JSON.parse(value))
    }
}

@Entity()
export class PhoneBook {
    @PrimaryGeneratedColumn()
    id: number

    @Column()
    name: string

    @Column({ type: String, transformer: new PhonesTransformer() })
    phones: Map<string, number>
}
