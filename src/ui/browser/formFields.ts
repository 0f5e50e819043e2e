/**
 * The fields a form submits (the submit button that was used included, as a
 * browser does). A repeated name keeps its last value, which is what Django's
 * request.POST.get() returns; files are not sent.
 */
export function formFields(
  form: HTMLFormElement,
  submitter?: HTMLElement | null,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new FormData(form, submitter ?? undefined))
    if (typeof value === "string") fields[name] = value;
  return fields;
}
