// Kiosk demo: `?idle-timeout=N` (seconds) for trying the idle reset without waiting a
// minute; no long-press menu on the touch screen.
const viewer = document.querySelector('scalp-viewer')!;
const idle = new URLSearchParams(location.search).get('idle-timeout');
if (idle) viewer.setAttribute('idle-timeout', idle);
document.addEventListener('contextmenu', (event) => event.preventDefault());
