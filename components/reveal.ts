/**
 * Brings `element` into view, centred, unless the reader already sees all of it: between the bottom of the
 * sticky site header and the bottom of the window. A page opened at something already on its first screen
 * stays where it is, so its breadcrumb is not pushed half under the header for nothing.
 */
export function reveal(element: Element): void {
  const box = element.getBoundingClientRect();
  const header = document.querySelector('body > header')?.getBoundingClientRect().bottom ?? 0;
  if (box.top >= Math.max(0, header) && box.bottom <= window.innerHeight) return;
  element.scrollIntoView({ block: 'center' });
}
