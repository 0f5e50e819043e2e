import type en from "../en/toolbar.ts";
import type { Translation } from "../../Translation.ts";

export default {} satisfies Translation<typeof en>;
