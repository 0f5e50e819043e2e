import type en from "../en/store.ts";
import type { Translation } from "../../Translation.ts";

export default {} satisfies Translation<typeof en>;
