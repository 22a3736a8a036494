/*
 * Atlas des catalyseurs territoriaux: embed loader.
 *
 * Drop into a page:
 *   <div data-atlas-catalyseurs="practice=lieu&region=84" data-height="600" data-title="…"></div>
 *   <script src="https://<atlas site>/embed-loader.js" async></script>
 *
 * Every element with `data-atlas-catalyseurs` (its value: the map's URL parameters) gets a
 * responsive frame of the map, as wide as the element and `data-height` px tall (default 600,
 * never more than 90 % of the window's height, never less than what the map says it needs).
 * `data-title` names the frame for screen readers; `data-allow-geolocation` lets the map ask for
 * the reader's position ("near me"). Unless the presets name `origins`, the map is told to talk
 * to this page's origin only.
 *
 * The map's events are dispatched on the element as DOM events `atlas:ready`, `atlas:select`,
 * `atlas:filters`, `atlas:state` and `atlas:resize`, the message in `event.detail`.
 * `AtlasCatalyseurs.send(element, { type: 'setFilters', filters: { practice: ['lieu'] } })` sends a
 * command; `AtlasCatalyseurs.load()` looks again for elements added since.
 *
 * Plain ES2017, no dependency, no eval, no HTML parsing: the frame is built with createElement.
 */
(function () {
  'use strict';

  var PROTOCOL = 'atlas-catalyseurs';
  var VERSION = 1;
  var ATTRIBUTE = 'data-atlas-catalyseurs';
  var DEFAULT_HEIGHT = 600;
  var MIN_HEIGHT = 320;
  var MAX_HEIGHT = 20000;
  var DEFAULT_TITLE = 'Carte des catalyseurs territoriaux';
  var EVENTS = ['ready', 'state', 'select', 'filters', 'resize'];

  if (window.AtlasCatalyseurs && window.AtlasCatalyseurs.version === VERSION) {
    window.AtlasCatalyseurs.load();
    return;
  }

  var script = document.currentScript;
  var embedUrl = new URL('embed.html', script && script.src ? script.src : window.location.href);
  var embedOrigin = embedUrl.origin;
  /** One entry per element: { element, iframe, wanted, needed }. */
  var frames = [];

  function frameOf(target) {
    for (var i = 0; i < frames.length; i += 1) {
      var f = frames[i];
      if (f.element === target || f.iframe === target || (f.iframe.contentWindow && f.iframe.contentWindow === target)) return f;
    }
    return null;
  }

  function wantedHeight(element) {
    var n = parseInt(element.getAttribute('data-height') || '', 10);
    if (!isFinite(n)) return DEFAULT_HEIGHT;
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, n));
  }

  function presets(element) {
    var value = element.getAttribute(ATTRIBUTE) || '';
    var params = new URLSearchParams(value.charAt(0) === '?' ? value.slice(1) : value);
    var origin = window.location.origin;
    if (!params.has('origins') && /^https?:\/\//.test(origin)) params.set('origins', origin);
    return params.toString();
  }

  function resize(frame) {
    var fitWindow = Math.max(MIN_HEIGHT, Math.round(window.innerHeight * 0.9));
    var height = Math.max(Math.min(frame.wanted, fitWindow), frame.needed);
    frame.iframe.style.height = height + 'px';
  }

  function mount(element) {
    var existing = frameOf(element);
    if (existing) return existing.iframe;
    var src = new URL(embedUrl.href);
    src.search = presets(element);
    var iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = element.getAttribute('data-title') || DEFAULT_TITLE;
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    if (element.hasAttribute('data-allow-geolocation')) iframe.setAttribute('allow', 'geolocation');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.maxWidth = '100%';
    iframe.style.border = '0';
    // The element's own content (a fallback link) gives way to the map.
    while (element.firstChild) element.removeChild(element.firstChild);
    element.appendChild(iframe);
    var frame = { element: element, iframe: iframe, wanted: wantedHeight(element), needed: 0 };
    frames.push(frame);
    resize(frame);
    return iframe;
  }

  function isEvent(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
    if (data.source !== PROTOCOL || data.version !== VERSION || EVENTS.indexOf(data.type) < 0) return false;
    if (data.type === 'resize') {
      return typeof data.height === 'number' && isFinite(data.height) && data.height >= 0 && data.height <= MAX_HEIGHT;
    }
    if (data.type === 'select') return data.id === null || typeof data.id === 'string';
    if (data.type === 'filters') return typeof data.filters === 'object' && data.filters !== null && typeof data.count === 'number';
    return typeof data.state === 'object' && data.state !== null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== embedOrigin) return;
    var frame = frameOf(event.source);
    if (!frame || !isEvent(event.data)) return;
    if (event.data.type === 'resize') {
      frame.needed = Math.round(event.data.height);
      resize(frame);
    }
    frame.element.dispatchEvent(new CustomEvent('atlas:' + event.data.type, { detail: event.data, bubbles: true }));
  });

  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      frames.forEach(resize);
    });
  });

  function load(root) {
    var scope = root || document;
    var elements = scope.querySelectorAll('[' + ATTRIBUTE + ']');
    for (var i = 0; i < elements.length; i += 1) mount(elements[i]);
  }

  function send(target, command) {
    var frame = frameOf(target);
    if (!frame || !frame.iframe.contentWindow || !command || typeof command !== 'object') return false;
    var message = { source: PROTOCOL, version: VERSION };
    Object.keys(command).forEach(function (key) {
      if (key !== 'source' && key !== 'version' && key !== '__proto__') message[key] = command[key];
    });
    frame.iframe.contentWindow.postMessage(message, embedOrigin);
    return true;
  }

  window.AtlasCatalyseurs = { version: VERSION, load: load, send: send };

  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', function () {
      load();
    });
  else load();
})();
