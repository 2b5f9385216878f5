export { Contact } from "./Contact"
export { Email } from "./Email"
export { Phone } from "./Phone"
export { User } from "./User"
