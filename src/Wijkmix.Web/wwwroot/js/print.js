// The report's print button (no inline script under the content security policy).
document.getElementById('afdrukken')?.addEventListener('click', () => window.print());
