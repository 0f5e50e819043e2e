import type en from "../en/manage.ts";
import type { Translation } from "../../Translation.ts";

export default {} satisfies Translation<typeof en>;
