// Installs fake-indexeddb's indexedDB and IDBKeyRange as globals. Imported on
// demand by bench/clearsessions.ts, so nothing else in the run sees them.
import "fake-indexeddb/auto";
