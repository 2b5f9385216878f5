export { Role } from "./role.entity";
export { User } from "./user.entity";
