import type { ButtonHTMLAttributes, MouseEvent } from "react";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "aria-disabled"> & {
  /** Looks disabled and ignores presses, yet keeps focus and stays in the Tab order. */
  inactive: boolean;
  onPress: () => void;
};

/**
 * A button that is only *inactive* while it cannot act (a step runs, nothing
 * to save, Python starting): `aria-disabled`, not `disabled`, because a
 * button disabled under the learner's focus drops focus to <body> (and with
 * it their place in the page). A press while inactive does nothing. As a
 * submit button it handles the press itself and cancels the form's own
 * submission, so Enter in a field comes here too and is ignored the same way.
 */
export function InactiveButton({ inactive, onPress, type = "button", ...rest }: Props) {
  const press = (e: MouseEvent<HTMLButtonElement>) => {
    if (type === "submit") e.preventDefault();
    if (!inactive) onPress();
  };
  return <button {...rest} type={type} aria-disabled={inactive} onClick={press} />;
}
