/**
 * jsdom lacks what Fluent UI measures with: ResizeObserver (MessageBar's reflow), matchMedia
 * (reduced-motion queries) and layout (offsetParent). Imported first by each UI test.
 */
import { cleanup } from "@testing-library/react";

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { writable: true, value: ResizeObserverStub });
}

if (!window.matchMedia) {
  Object.defineProperty(window, "matchMedia", {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

/*
 * Without layout, jsdom's offsetParent is always null and the body measures 0 × 0, which tabster
 * (Fluent's focus manager) reads as « nothing is visible »: nothing in a dialog would be focusable,
 * focus would stay on the dialog surface and tabster would then hide the dialog from assistive
 * technologies, which browsers never do.
 */
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    return this.parentElement;
  },
});
// A plain rectangle: the jsdom of jest-environment-jsdom 29 has no DOMRect.
const BODY_RECT = { x: 0, y: 0, width: 1024, height: 768, top: 0, left: 0, right: 1024, bottom: 768, toJSON: () => ({}) };
document.body.getBoundingClientRect = () => BODY_RECT as DOMRect;

afterEach(cleanup);

/** Typing through Fluent inputs on a 2-core machine shared with other test runs is slow (a safety net, not a measure). */
jest.setTimeout(120_000);
