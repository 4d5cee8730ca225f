// The teaching demo's settings panel: each control sets one attribute of the viewer.
// (A module file, not inline script, so the page works under a strict CSP.)
const viewer = document.querySelector('scalp-viewer')!;
const panel = document.querySelector('.panel')!;

panel.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.name === 'compare') {
    if (input.value) viewer.setAttribute('compare', input.value);
    else viewer.removeAttribute('compare');
  } else if (input.type === 'checkbox') {
    viewer.toggleAttribute(input.name, input.checked);
  }
});

// Edits of the plan are the page's to keep (here, only logged).
viewer.addEventListener('planchange', (event) => {
  console.info('plan changed', (event as CustomEvent).detail);
});
