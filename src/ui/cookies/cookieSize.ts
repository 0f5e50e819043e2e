const utf8 = new TextEncoder();

/** Chrome DevTools' "Size" column: the bytes of the name plus the bytes of the value. */
export function cookieSize(cookie: { name: string; value: string }): number {
  return utf8.encode(cookie.name).length + utf8.encode(cookie.value).length;
}
