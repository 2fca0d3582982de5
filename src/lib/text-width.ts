let context: CanvasRenderingContext2D | null | undefined;
let family = '';

/**
 * The width of a line of text in the page's font, in pixels, for sizing chart margins and axes
 * to the labels they hold. Without a canvas (tests) it estimates from the length.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  if (context === undefined) {
    const jsdom = typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom');
    context = jsdom ? null : document.createElement('canvas').getContext('2d');
    family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  }
  if (!context) return text.length * fontSize * 0.62;
  context.font = `${bold ? '700 ' : ''}${fontSize}px ${family}`;
  return context.measureText(text).width;
}

/** The widest of several lines of text. */
export function widest(texts: readonly string[], fontSize: number, bold = false): number {
  return Math.max(0, ...texts.map((t) => textWidth(t, fontSize, bold)));
}

/**
 * The width a category axis gives its labels on a slide: the widest label and a margin, at most
 * `max` pixels (a longer label wraps).
 */
export function labelRoom(labels: readonly string[], fontSize: number, max = Infinity): number {
  return Math.ceil(Math.min(max, widest(labels, fontSize) + 16));
}
