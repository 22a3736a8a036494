/**
 * The graph's node labels, each on a backing of the canvas's own colour: sigma draws them in
 * black straight over the drawing, where the nodes (the blue of « Collectivité » is 4:1 against
 * black), the links and the other labels make them unreadable. With the backing, 4.5:1 at least
 * wherever a label lies; links still show faintly through it.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

/** The canvas's background (ecosystem.css, `.graph-canvas`), nearly opaque. */
export const LABEL_BACKING = 'rgb(251 250 247 / 90%)';
/** Around the glyphs, in px. */
const PADDING = 3;
/** Sigma's own gap between a node and its label. */
const GAP = 3;

export const drawLabelOnBacking: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + GAP;
  const y = data.y + size / 3;
  const metrics = context.measureText(data.label);
  const top = y - metrics.actualBoundingBoxAscent - PADDING;
  const bottom = y + metrics.actualBoundingBoxDescent + PADDING;
  context.fillStyle = LABEL_BACKING;
  context.fillRect(
    x - metrics.actualBoundingBoxLeft - PADDING,
    top,
    metrics.actualBoundingBoxRight + metrics.actualBoundingBoxLeft + 2 * PADDING,
    bottom - top,
  );
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(data.label, x, y);
};
