import type en from "../en/cookies.ts";
import type { Translation } from "../../Translation.ts";

export default {} satisfies Translation<typeof en>;
