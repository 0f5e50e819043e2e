import type en from "../en/timeline.ts";
import type { Translation } from "../../Translation.ts";

export default {} satisfies Translation<typeof en>;
