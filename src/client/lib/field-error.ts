/**
 * Marks a required text field as missing (GOV.UK pattern): the message appears in its error
 * element, the field is flagged `aria-invalid` and described by the message, and focus returns to
 * it. Returns true when the field has a value, so callers can write `if (!requireValue(...)) return`.
 */
export function requireValue(input: HTMLInputElement, error: HTMLElement, value: string, message: string): boolean {
  const missing = !value;
  error.hidden = !missing;
  if (missing) {
    error.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id);
    input.focus();
    return false;
  }
  input.removeAttribute('aria-invalid');
  input.removeAttribute('aria-describedby');
  return true;
}
