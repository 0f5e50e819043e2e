import type en from "../en/ops.ts";
import type { Translation } from "../../Translation.ts";

export default {} satisfies Translation<typeof en>;
