export enum FruitEnum {
    Apple = "apple",
    Pineapple = "pineapple",
    Banana = "banana",
}
