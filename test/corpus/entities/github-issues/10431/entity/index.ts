export * from "./Category"
export * from "./Product"
