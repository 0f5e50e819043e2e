/** Django's QueryDict, read-only: several values per key, get() answers the last one. */
export class QueryDict {
  private readonly lists = new Map<string, string[]>();

  constructor(query = "") {
    for (const [k, v] of new URLSearchParams(query)) {
      const list = this.lists.get(k);
      if (list) list.push(v);
      else this.lists.set(k, [v]);
    }
  }

  get(key: string, fallback: string | null = null): string | null {
    const list = this.lists.get(key);
    return list && list.length ? list[list.length - 1] : fallback;
  }

  getlist(key: string): string[] {
    return [...(this.lists.get(key) ?? [])];
  }

  has(key: string): boolean {
    return this.lists.has(key);
  }

  keys(): string[] {
    return [...this.lists.keys()];
  }
}
