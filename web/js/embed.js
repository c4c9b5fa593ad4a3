// Embedding the neural-network playground in any page (docs/sharing.md). Include once, anywhere:
//
//   <script src="https://PLAYGROUND/js/embed.js" async></script>
//
// 1. Every playground iframe on the page follows the height its widget reports
//    ({type: 'nn-playground:resize', height} by postMessage): the frame that sent it is found by
//    comparing event.source with each iframe's contentWindow, so a message can only resize its
//    own frame. (A sandboxed widget has the origin "null", so the origin says nothing.)
// 2. <nn-playground config="HASH" panels="data,network,output,charts" hide="…" lock="…"
//    autoplay height="600" lang="en|zh" theme="light|dark"></nn-playground> becomes such an
//    iframe. experiment="ID" shows a saved experiment instead of config; src="…/index.html"
//    points at a static copy of the playground instead of this server's /embed/ page: only an
//    http(s) address under the folder this script came from, so no attribute can make the frame
//    run script in the embedding page (javascript:, data:) or show another site.
//    The frame is sandboxed (scripts only, and links that open new windows) as the generator's
//    iframe snippet is, except for a static copy, as its snippet: a sandboxed frame reads files in
//    CORS mode, which a static host may not allow.
(() => {
  'use strict';
  if (window.nnPlaygroundEmbed) return;  // included twice: once is enough
  window.nnPlaygroundEmbed = true;

  const RESIZE = 'nn-playground:resize';
  const SCRIPT = document.currentScript;
  // The playground's root: this script lives at ROOT/js/embed.js.
  const ROOT = new URL('../', SCRIPT ? SCRIPT.src : location.href);
  const INITIAL_HEIGHT = 640;
  const MIN_HEIGHT = 100;
  const MAX_HEIGHT = 20000;
  const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

  window.addEventListener('message', event => {
    const data = event.data;
    if (!data || data.type !== RESIZE || typeof data.height !== 'number' || !isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) {
        const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, data.height)));
        frame.style.height = height + 'px';
        frame.dataset.reportedHeight = String(height);
        return;
      }
    }
  });

  // Options copied from the element's attributes into the widget's query, when given.
  const QUERY_ATTRIBUTES = ['panels', 'hide', 'lock', 'height', 'lang', 'theme'];

  // The page src names, when it is part of the playground this script belongs to; else null.
  function playgroundAddress(src) {
    let address;
    try {
      address = new URL(src, location.href);
    } catch (e) {
      return null;
    }
    if (address.protocol !== 'http:' && address.protocol !== 'https:') return null;
    if (address.origin !== ROOT.origin || !address.pathname.startsWith(ROOT.pathname)) return null;
    return address;
  }

  // Says in the element (and the console) why no playground shows.
  function refuse(element, problem) {
    const note = document.createElement('p');
    note.className = 'nn-playground-refused';
    note.textContent = 'nn-playground: ' + problem;
    element.appendChild(note);
    if (window.console) console.error(note.textContent);
  }

  class NnPlayground extends HTMLElement {
    connectedCallback() {
      if (this.frame || this.refused) return;
      const experiment = this.getAttribute('experiment');
      const page = this.getAttribute('src');
      let address;
      if (page) {
        address = playgroundAddress(page);
        if (!address) {
          this.refused = true;
          refuse(this, 'src must be an http(s) address of the playground under ' + ROOT.href + ', got ' + page);
          return;
        }
        address.searchParams.set('embed', '1');
      } else if (experiment) {
        address = new URL('embed/e/' + encodeURIComponent(experiment), ROOT);
      } else {
        address = new URL('embed/', ROOT);
      }
      for (const name of QUERY_ATTRIBUTES) {
        const value = this.getAttribute(name);
        if (value) address.searchParams.set(name, value);
      }
      if (this.hasAttribute('autoplay') && this.getAttribute('autoplay') !== 'false') {
        address.searchParams.set('autoplay', '1');
      }
      const config = this.getAttribute('config');
      if (config && !(experiment && !page)) address.hash = config.replace(/^#/, '');

      const frame = document.createElement('iframe');
      frame.src = address.href;
      frame.title = this.getAttribute('title') || 'Neural-network playground';
      if (!page) frame.setAttribute('sandbox', SANDBOX);
      frame.setAttribute('loading', 'lazy');
      frame.style.cssText = 'display:block;width:100%;max-width:100%;border:0';
      const fixed = parseInt(this.getAttribute('height'), 10);
      frame.style.height = (fixed > 0 ? fixed : INITIAL_HEIGHT) + 'px';
      this.frame = frame;
      if (!this.style.display) this.style.display = 'block';
      this.appendChild(frame);
    }
  }

  if (window.customElements && !customElements.get('nn-playground')) {
    customElements.define('nn-playground', NnPlayground);
  }
})();
