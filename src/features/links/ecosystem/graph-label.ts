/**
 * The graph's node labels, drawn so that none covers another and each is readable.
 *
 * Sigma picks the candidates (the larger nodes, per cell of its label grid, and those with
 * `forceLabel`); instead of drawing them at once, `drawLabelLater` only measures them, and after
 * the frame `placeLabels` keeps the most important that do not collide (the open fiche and the
 * node pointed at or focused first, then the larger nodes). Each is drawn on a backing of the
 * canvas's own colour: sigma draws labels in black straight over the drawing, where the nodes (the
 * blue of « Collectivité » is 4:1 against black) and the links make them unreadable.
 *
 * The boxes kept are written on the canvas's element (`data-labels`, viewport pixels of the
 * element), so that the tests can check that none overlaps another; so are the bridges' rings
 * and the camera's zoom.
 */
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { placeLabels, type LabelBox } from './label-placement';

/** The canvas's background (ecosystem.css, `.graph-canvas`), nearly opaque. */
export const LABEL_BACKING = 'rgb(251 250 247 / 90%)';
/** The ring around a bridge, and its halo. */
export const BRIDGE_RING = '#1c2330';
const BRIDGE_HALO = '#ffd400';
/** Around the glyphs, in px. */
const PADDING = 3;
/** Sigma's own gap between a node and its label. */
const GAP = 3;
/** A bridge's ring, beyond the node's edge (its halo 2 px further). */
const RING_OUTSET = 3;

/**
 * Sigma's label grid: up to this many candidates per cell of this size (px), from nodes drawn at
 * least this large (px); `placeLabels` then keeps those that do not collide.
 */
export const LABEL_SETTINGS = { labelDensity: 1.5, labelGridCellSize: 80, labelRenderedSizeThreshold: 8 } as const;

/** A label is cut (with « … ») beyond this share of the drawing's width, never below this width (px): its full name shows on hover and focus. */
const MAX_LABEL_SHARE = 0.45;
const MIN_LABEL_WIDTH = 120;

function shortened(context: CanvasRenderingContext2D, label: string, width: number): string {
  if (context.measureText(label).width <= width) return label;
  const cut = (end: number) => `${label.slice(0, end).trimEnd()}…`;
  // The longest start that fits, by halving.
  let low = 1;
  let high = label.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (context.measureText(cut(middle)).width <= width) low = middle;
    else high = middle - 1;
  }
  return cut(low);
}

/** A node attribute (set by a reducer) that puts its label first: higher wins. */
export const LABEL_PRIORITY = 'labelPriority';

interface Pending extends LabelBox {
  label: string;
  textX: number;
  textY: number;
  font: string;
  color: string;
  /** The node's centre and radius. */
  cx: number;
  cy: number;
  r: number;
}

/** What one canvas's label layer draws; `bridges` is read at each frame. */
export interface LabelLayer {
  drawLabel: NodeLabelDrawingFunction;
  /** Once, after the sigma instance is made. */
  attach: (sigma: Sigma, element: HTMLElement) => () => void;
  setBridges: (ids: ReadonlySet<string>) => void;
}

export function labelLayer(): LabelLayer {
  let pending: Pending[] = [];
  let bridges: ReadonlySet<string> = new Set();

  const drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    const font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    context.font = font;
    const drawingWidth = context.canvas.clientWidth || Infinity;
    const label = shortened(context, data.label, Math.max(MIN_LABEL_WIDTH, drawingWidth * MAX_LABEL_SHARE));
    const metrics = context.measureText(label);
    // To the right of the node, or to its left when it would run off the drawing's right edge.
    // A bridge's ring (and its halo) around the node: its label starts beyond it.
    const gap = bridges.has(data.key) ? GAP + RING_OUTSET + 3 : GAP;
    const right = data.x + data.size + gap;
    const runsOff = right + metrics.actualBoundingBoxRight + PADDING > drawingWidth;
    const textX = runsOff ? Math.max(PADDING, data.x - data.size - gap - metrics.actualBoundingBoxRight) : right;
    const textY = data.y + size / 3;
    const top = textY - metrics.actualBoundingBoxAscent - PADDING;
    const bottom = textY + metrics.actualBoundingBoxDescent + PADDING;
    const left = textX - metrics.actualBoundingBoxLeft - PADDING;
    const priority = Number((data as unknown as Record<string, unknown>)[LABEL_PRIORITY] ?? 0);
    pending.push({
      id: data.key,
      label,
      x: left,
      y: top,
      width: metrics.actualBoundingBoxRight + metrics.actualBoundingBoxLeft + 2 * PADDING,
      height: bottom - top,
      priority: Number.isFinite(priority) ? priority : 0,
      size: data.size,
      textX,
      textY,
      font,
      color: settings.labelColor.color ?? '#000',
      cx: data.x,
      cy: data.y,
      r: data.size,
    });
  };

  const attach = (sigma: Sigma, element: HTMLElement) => {
    const before = () => {
      pending = [];
    };
    const after = () => {
      const canvas = sigma.getCanvases()['labels'];
      const context = canvas?.getContext('2d');
      if (!context) return;
      const rings: { id: string; x: number; y: number; r: number }[] = [];
      for (const id of bridges) {
        if (!sigma.getGraph().hasNode(id)) continue;
        const display = sigma.getNodeDisplayData(id);
        if (!display || display.hidden) continue;
        const { x, y } = sigma.framedGraphToViewport(display);
        const r = sigma.scaleSize(display.size) + RING_OUTSET;
        context.beginPath();
        context.arc(x, y, r + 2, 0, 2 * Math.PI);
        context.lineWidth = 3;
        context.strokeStyle = BRIDGE_HALO;
        context.stroke();
        context.beginPath();
        context.arc(x, y, r, 0, 2 * Math.PI);
        context.lineWidth = 3;
        context.strokeStyle = BRIDGE_RING;
        context.stroke();
        rings.push({ id, x: Math.round(x), y: Math.round(y), r: Math.round(r) });
      }
      const kept = placeLabels(pending);
      for (const box of kept) {
        context.fillStyle = LABEL_BACKING;
        context.fillRect(box.x, box.y, box.width, box.height);
        context.font = box.font;
        context.fillStyle = box.color;
        context.fillText(box.label, box.textX, box.textY);
      }
      const round = (v: number) => Math.round(v * 10) / 10;
      element.dataset['labels'] = JSON.stringify(
        kept.map((b) => ({
          id: b.id,
          x: round(b.x),
          y: round(b.y),
          w: round(b.width),
          h: round(b.height),
          cx: round(b.cx),
          cy: round(b.cy),
          r: round(b.r),
        })),
      );
      element.dataset['labelsSkipped'] = String(pending.length - kept.length);
      element.dataset['bridgeRings'] = JSON.stringify(rings);
      element.dataset['cameraRatio'] = sigma.getCamera().ratio.toFixed(3);
    };
    sigma.on('beforeRender', before);
    sigma.on('afterRender', after);
    return () => {
      sigma.off('beforeRender', before);
      sigma.off('afterRender', after);
    };
  };

  return {
    drawLabel,
    attach,
    setBridges: (ids) => {
      bridges = ids;
    },
  };
}
