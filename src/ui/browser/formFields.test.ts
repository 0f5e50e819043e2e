// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { formFields } from "./formFields.ts";

describe("a form in the simulated page", () => {
  it("sends its named fields and the submit button used, but not unchecked boxes or disabled fields", () => {
    document.body.innerHTML = `
      <form>
        <input name="user" value="alice">
        <input type="password" name="pwd" value="alice123">
        <input type="checkbox" name="remember" value="yes">
        <input name="off" value="x" disabled>
        <input type="text" value="no name">
        <button name="action" value="login">Log in</button>
        <button name="action2" value="other">Other</button>
      </form>`;
    const form = document.querySelector("form")!;
    const button = form.querySelector<HTMLButtonElement>("button[name=action]")!;
    expect(formFields(form, button)).toEqual({ user: "alice", pwd: "alice123", action: "login" });
    expect(formFields(form)).toEqual({ user: "alice", pwd: "alice123" });
  });
});
