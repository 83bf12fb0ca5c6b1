import { CUSTOM_PROPERTIES } from './theme';

/** Declarations of the private variables for a scheme: the host's custom property, else our default. */
function schemeVariables(scheme: 'light' | 'dark'): string {
  return CUSTOM_PROPERTIES.map((p) => `--_${p.key}:var(${p.name},${(scheme === 'dark' && p.dark) || p.light})`).join(';');
}

/**
 * The widget's stylesheet. Host styles reach a shadow tree only through
 * inherited properties and the host element's own box, so `.root` resets
 * every inherited property (`all: initial`) and sizes in px/em, never rem
 * (a host may set the root font size to anything). The results open in the
 * page's flow, not as an overlay, so a host's `overflow: hidden` or stacking
 * contexts cannot hide them, and results shown for `query` cover nothing.
 * Nothing here applies outside the shadow root.
 */
export const CSS = `
:host{display:block}
:host([hidden]){display:none}
[hidden]{display:none!important}
.root{all:initial;display:block;position:relative;color-scheme:light;${schemeVariables('light')};font-family:var(--_font);font-size:var(--_size);line-height:1.4;color:var(--_fg);text-align:start}
.root[data-theme=dark]{color-scheme:dark;${schemeVariables('dark')}}
@media (prefers-color-scheme:dark){.root[data-theme=auto]{color-scheme:dark;${schemeVariables('dark')}}}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
input{box-sizing:border-box;display:block;width:100%;margin:0;padding:.5em .75em;font:inherit;color:var(--_fg);background:var(--_bg);border:1px solid var(--_border);border-radius:6px;outline:none;appearance:none}
input::placeholder{color:var(--_muted);opacity:1}
input:focus-visible{outline:3px solid var(--_accent);outline-offset:1px}
.popup{box-sizing:border-box;position:relative;margin-top:4px;background:var(--_bg);color:var(--_fg);border:1px solid var(--_border);border-radius:6px;box-shadow:0 2px 8px rgb(0 0 0/.08)}
.message{margin:0;padding:.75em}
button{font:inherit;color:var(--_accent);background:none;border:0;padding:0;text-decoration:underline;cursor:pointer}
ul{list-style:none;margin:0;padding:0}
li{display:block;margin:0;padding:0}
li+li{border-top:1px solid var(--_border)}
[role=option]:hover,[role=option][aria-selected=true]{background:color-mix(in srgb,var(--_accent) 10%,var(--_bg))}
[role=option][aria-selected=true]{box-shadow:inset 3px 0 var(--_accent)}
a{color:var(--_accent)}
[role=option]{display:block;padding:.5em .75em;color:inherit;text-decoration:none}
.title{display:block;font-weight:600;color:var(--_accent)}
.meta{display:block;margin-top:.15em;font-size:.75em;color:var(--_muted)}
.badge{margin-left:.5em;padding:0 .4em;border:1px solid var(--_border);border-radius:999px;font-family:ui-monospace,Menlo,Consolas,monospace}
.snippet{display:block;margin-top:.25em;font-size:.875em}
mark{background:var(--_mark);color:inherit;border-radius:2px}
.all{display:block;padding:.5em .75em;border-top:1px solid var(--_border);font-size:.875em}
@media (forced-colors:active){[role=option][aria-selected=true]{outline:2px solid Highlight;outline-offset:-2px}}
`;

let shared: CSSStyleSheet | undefined;

/**
 * Applies the stylesheet to a shadow root as a constructed stylesheet, which
 * a strict Content-Security-Policy (no `style-src`) does not block. Browsers
 * without constructable stylesheets get a `<style>` element instead.
 */
export function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}
