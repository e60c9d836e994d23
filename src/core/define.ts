/**
 * Registers a tag unless something already did: loading the script twice, or beside the npm
 * build, must never throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
