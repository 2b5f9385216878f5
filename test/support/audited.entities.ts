import {
  AfterInsert,
  BeforeInsert,
  Column,
  Entity,
  EventSubscriber,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type EntitySubscriberInterface,
} from "typeorm";

/** Every listener and subscriber call made on the audited entities, in order. */
export const auditLog: string[] = [];

@Entity("audited")
export class Audited {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 50 })
  name!: string;

  @OneToMany(() => AuditedChild, (child) => child.parent, { cascade: ["insert"] })
  children!: AuditedChild[];

  @BeforeInsert()
  beforeInsert(): void {
    auditLog.push("@BeforeInsert");
  }

  @AfterInsert()
  afterInsert(): void {
    auditLog.push("@AfterInsert");
  }
}

@Entity("audited_child")
export class AuditedChild {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 50 })
  name!: string;

  @ManyToOne(() => Audited, (parent) => parent.children, { cascade: ["insert"], nullable: true })
  parent!: Audited | null;
}

/** Records every event TypeORM offers a subscriber. */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  beforeInsert(): void {
    auditLog.push("subscriber.beforeInsert");
  }
  afterInsert(): void {
    auditLog.push("subscriber.afterInsert");
  }
  beforeTransactionStart(): void {
    auditLog.push("subscriber.beforeTransactionStart");
  }
  afterTransactionCommit(): void {
    auditLog.push("subscriber.afterTransactionCommit");
  }
  afterLoad(): void {
    auditLog.push("subscriber.afterLoad");
  }
}
