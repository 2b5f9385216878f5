export { Post } from "./post.entity"
export { Category } from "./category.entity"
export { Tag } from "./tag.entity"
