/**
 * The session key holding a custom expiry (set_expiry). A module of its own,
 * so that the store panel can read it without bundling the session engine.
 */
export const EXPIRY_KEY = "_session_expiry";
