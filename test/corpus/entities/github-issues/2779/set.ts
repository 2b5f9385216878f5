export enum Role {
    Admin = "Admin",
    Support = "Support",
    Developer = "Developer",
}
