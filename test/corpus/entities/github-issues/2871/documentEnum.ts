export enum DocumentEnum {
    NONE = "",
    DOCUMENT_A = "DOCUMENT_A",
    DOCUMENT_B = "DOCUMENT_B",
    DOCUMENT_C = "DOCUMENT_C",
    DOCUMENT_D = "DOCUMENT_D",
}
