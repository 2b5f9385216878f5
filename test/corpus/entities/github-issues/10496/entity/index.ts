export * from "./Base"

export * from "./A"
export * from "./B"
export * from "./C"
