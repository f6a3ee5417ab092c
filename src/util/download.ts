/** Saves a Blob as a file through the browser's download, under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once started; the next task is late enough to let the URL go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
