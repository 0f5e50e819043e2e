import type en from "../en/settings.ts";
import type { Translation } from "../../Translation.ts";

export default {} satisfies Translation<typeof en>;
