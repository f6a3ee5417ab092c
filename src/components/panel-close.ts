/** Tells the shell to close the panel that `panel` is (focus returns to the panel's button). */
export function sendPanelClosed(panel: Element): void {
  panel.dispatchEvent(new CustomEvent('panel-closed', { bubbles: true, composed: true }));
}

/** Esc in a panel closes the panel, and only it: the shell's own Esc (closing the card) must not fire as well. */
export function closeOnEscape(event: KeyboardEvent, close: () => void): void {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  close();
}
