/** A translation must have exactly the English file's keys (nested), each a string: checked by tsc. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
