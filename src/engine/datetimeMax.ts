/**
 * The last moment Python's datetime can hold (datetime.max, 9999-12-31
 * 23:59:59.999999; milliseconds here), in UTC. Django's clock cannot pass it:
 * moving a frozen clock beyond raises OverflowError (freezegun's tick), and
 * JavaScript's own dates stop being valid not far after.
 */
export const DATETIME_MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
