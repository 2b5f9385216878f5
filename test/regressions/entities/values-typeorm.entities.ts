// Entities copied from TypeORM's own test suite (https://github.com/typeorm/typeorm), which is
// MIT licensed: "Copyright (c) 2015-2025 TypeORM. http://typeorm.github.io" — the full notice is
// in TypeORM's LICENSE file. Renamed (a `Values…` prefix, explicit table names) so they don't
// collide with the suite's other entities; otherwise as in the sources named below.
import { ChildEntity, Column, Entity, ManyToOne, PrimaryGeneratedColumn, TableInheritance } from "typeorm";

// test/github-issues/2800/entity/*.ts: an STI root whose children declare same-named embeddeds.

/** Base of the children's engines (no columns of its own). */
export abstract class Engine {}

/** test/github-issues/2800/entity/Vehicle.ts */
@Entity("values_vehicle")
@TableInheritance({ column: { name: "type", type: String } })
export abstract class ValuesVehicle {
  @PrimaryGeneratedColumn()
  public id?: number;

  public abstract engine: Engine;
}

/** test/github-issues/2800/entity/Car.ts */
export class CarEngine extends Engine {
  @Column()
  public horsePower!: number;

  @Column()
  public torque!: number;
}

/** test/github-issues/2800/entity/Car.ts */
@ChildEntity()
export class ValuesCar extends ValuesVehicle {
  @Column(() => CarEngine, { prefix: "carEngine" })
  public engine!: CarEngine;
}

/** test/github-issues/2800/entity/Plane.ts */
export class PlaneEngine extends Engine {
  @Column()
  public beep!: number;

  @Column()
  public boop!: number;
}

/** test/github-issues/2800/entity/Plane.ts */
@ChildEntity()
export class ValuesPlane extends ValuesVehicle {
  @Column(() => PlaneEngine, { prefix: "planeEngine" })
  public engine!: PlaneEngine;
}

// test/functional/embedded/embedded-relation-id-column/entity/*.ts: a relation inside an
// embedded next to an explicit column for its join column (TypeORM issue 12725).

/** test/functional/embedded/embedded-relation-id-column/entity/Avatar.ts */
@Entity("values_avatar")
export class ValuesAvatar {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  url!: string;
}

/** test/functional/embedded/embedded-relation-id-column/entity/User.ts */
export class Profile {
  @ManyToOne(() => ValuesAvatar)
  avatar!: ValuesAvatar;

  @Column({ type: "int", nullable: true })
  avatarId!: number;
}

/** test/functional/embedded/embedded-relation-id-column/entity/User.ts */
@Entity("values_user")
export class ValuesUser {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  name!: string;

  @Column(() => Profile)
  profile!: Profile;

  @ManyToOne(() => ValuesAvatar)
  topAvatar!: ValuesAvatar;

  @Column({ type: "int", nullable: true })
  topAvatarId!: number;
}
