/**
 * Scrolls part of the story body into view. Text blocks off screen keep an
 * estimated height until they come near the viewport (content-visibility in
 * editor.css), so one scroll lands only roughly, and a smooth one lands
 * wherever the estimates said. The jump is made at once and repeated on the
 * next frames, as the blocks around the target take their real heights,
 * until the target stays put.
 */
export function scrollBlockIntoView(element: Element, block: ScrollLogicalPosition): void {
  let lastTop = Number.NaN;
  let frames = 0;
  const settle = () => {
    if (!element.isConnected) return;
    element.scrollIntoView({ block });
    const top = element.getBoundingClientRect().top;
    frames += 1;
    if (Math.abs(top - lastTop) < 1 || frames >= 8) return;
    lastTop = top;
    requestAnimationFrame(settle);
  };
  settle();
}
