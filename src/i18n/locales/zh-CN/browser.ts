import type en from "../en/browser.ts";
import type { Translation } from "../../Translation.ts";

export default {} satisfies Translation<typeof en>;
