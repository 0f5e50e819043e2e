/**
 * An adapter that answers reads from a copy in memory of what it stored: after
 * its object store was written behind its back (an import replacing
 * everything in one transaction), `forget` drops the copy, to be read again
 * at next use.
 */
export interface InMemoryCopy {
  forget(): void;
}
