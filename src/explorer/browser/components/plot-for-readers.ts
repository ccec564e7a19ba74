// Plot labels each mark's group with its type ("bar", "rule"), which screen readers would read out
// one by one and which ARIA does not allow on a plain group. The explorer gives each chart one label
// and one description instead (an image), and says the same in words beside it.
export function plotForReaders<T extends Element>(chart: T): T {
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg[aria-label]');
  svg?.setAttribute('role', 'img');
  for (const marked of chart.querySelectorAll('svg[aria-label] [aria-label], svg[aria-label] [aria-description]')) {
    marked.removeAttribute('aria-label');
    marked.removeAttribute('aria-description');
  }
  return chart;
}
