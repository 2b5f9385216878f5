export { Role } from "./role.entity";
export { User } from "./user.entity";
export { Membership } from "./membership.entity";
