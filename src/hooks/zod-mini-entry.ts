// Entry of dist/hooks/zod-mini.cjs: the zod functions the hooks' slow path calls through zod-lazy.ts, and no more
// (test/hooks/zod-lazy.test.ts checks the two lists agree).
export { _default, array, boolean, enum, int, literal, maximum, minimum, minLength, nonnegative, nullable, number, object, optional, parse, positive, record, regex, safeParse, string } from "zod/mini";
