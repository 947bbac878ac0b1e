// The one script of the UI: "copy" buttons copy the text of the element named in data-copy.
// Everything works without it.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button.copy");
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  const status = button.parentElement.querySelector(".copy-status");
  try {
    await navigator.clipboard.writeText(source.value ?? source.textContent);
    if (status) status.textContent = "Copied.";
  } catch {
    source.select?.();
    if (status) status.textContent = "Select the text and copy it (Ctrl+C).";
  }
});
